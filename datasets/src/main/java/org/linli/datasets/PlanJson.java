package org.linli.datasets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.linli.format.WeeklyPlan;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes plan files. Reading is strict, so nothing in a file is silently dropped: an unknown property, a
 * value of the wrong type, a repeated key or trailing content is a {@link PlanValidationException} naming the JSON
 * path, line and column. Writing is deterministic (the schema's property order, {@code \n} line ends, two-space
 * indents, a trailing newline, UTF-8), so a plan written twice gives the same bytes. Absent, null and empty lists,
 * and false flags, are left out: the reader gives them their defaults back.
 */
public final class PlanJson {

    private static final String LINE_END = "\n";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, PlanJson::failOnScalars)
            .withCoercionConfig(LogicalType.Boolean, PlanJson::failOnScalars)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(prettyPrinter())
            .changeDefaultPropertyInclusion(inclusion ->
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .withConfigOverride(
                    List.class,
                    override -> override.setInclude(
                            JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY)))
            .withConfigOverride(
                    Boolean.class,
                    override -> override.setInclude(JsonInclude.Value.construct(
                            JsonInclude.Include.NON_DEFAULT, JsonInclude.Include.NON_DEFAULT)))
            .addMixIn(WeeklyPlan.class, RequiredLists.class)
            .build();

    /** A string or a flag is written as one: no number or other scalar stands in for it. */
    private static void failOnScalars(MutableCoercionConfig config) {
        config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    /** The plan's properties the schema requires; the lists among them are written even when empty. */
    private static final List<String> REQUIRED = List.of("id", "week", "tracks", "venues", "tutors", "groups");

    private static final Pattern SOURCE_DESCRIPTION =
            Pattern.compile("\\s*\\(for \\w+ starting at \\[Source:[^\\]]*\\]\\)|\\s*\\[Source:[^\\]]*\\]");

    private PlanJson() {}

    /** The mapper of plan files, for others that read or write the format (the REST API, the command line). */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a plan file.
     *
     * @throws UncheckedIOException naming the file when it does not exist or cannot be read
     * @throws PlanValidationException when it is not a plan in the format
     */
    public static WeeklyPlan read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(
                    "The plan file (" + file.toAbsolutePath() + ") does not exist; check the path.", e);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The plan file (" + file.toAbsolutePath() + ") cannot be read (" + e.getMessage()
                            + "); check that it is a readable file.",
                    e);
        }
        return read(bytes, file.toString());
    }

    /** Reads a plan from a stream, which it does not close; {@code sourceName} names it in problems. */
    public static WeeklyPlan read(InputStream in, String sourceName) {
        try {
            return read(in.readAllBytes(), sourceName);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The plan (" + sourceName + ") cannot be read (" + e.getMessage() + "); check its source.", e);
        }
    }

    public static WeeklyPlan readString(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8), "the given text");
    }

    private static WeeklyPlan read(byte[] json, String sourceName) {
        WeeklyPlan plan;
        try {
            plan = MAPPER.readValue(json, WeeklyPlan.class);
        } catch (JacksonException e) {
            throw new PlanValidationException(problemOf(e, json, sourceName));
        }
        if (plan == null) {
            throw new PlanValidationException(
                    new PlanProblem("$", "The plan (" + sourceName + ") is empty (null); give a weekly plan object."));
        }
        List<PlanProblem> missing = missingRequired(json, sourceName);
        if (!missing.isEmpty()) {
            throw new PlanValidationException(missing);
        }
        return plan;
    }

    /** Writes a plan as the format's JSON, ending with a newline. */
    public static String write(WeeklyPlan plan) {
        return MAPPER.writeValueAsString(plan) + LINE_END;
    }

    /** Writes a plan to a file, as UTF-8, replacing the file. */
    public static void write(Path file, WeeklyPlan plan) {
        try {
            Files.writeString(file, write(plan), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The plan file (" + file.toAbsolutePath() + ") cannot be written (" + e.getMessage()
                            + "); check that its folder exists and is writable.",
                    e);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", LINE_END);
        return new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter)
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""));
    }

    // ************************************************************************
    // Problems of the JSON itself
    // ************************************************************************

    /**
     * Reports the required properties the plan lacks. The format's classes give an absent list an empty one, so only
     * the document itself tells an absent list from an empty one.
     */
    private static List<PlanProblem> missingRequired(byte[] json, String sourceName) {
        Set<String> present = new LinkedHashSet<>();
        try (JsonParser parser = MAPPER.createParser(json)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                present.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        }
        List<PlanProblem> problems = new ArrayList<>();
        for (String property : REQUIRED) {
            if (!present.contains(property)) {
                problems.add(new PlanProblem(
                        "$." + property,
                        "The plan (" + sourceName + ") lacks the required property (" + property + "); add it"
                                + (property.endsWith("s") ? ", [] if there are none." : ".")));
            }
        }
        return problems;
    }

    private static PlanProblem problemOf(JacksonException e, byte[] json, String sourceName) {
        String where = where(e.getLocation(), sourceName);
        if (e instanceof StreamReadException && e.processor() instanceof JsonParser parser) {
            return new PlanProblem(
                    pathOf(parser.streamReadContext()),
                    "The plan is not valid JSON " + where + " (" + withoutSource(e.getOriginalMessage())
                            + "); fix the syntax there.");
        }
        List<JacksonException.Reference> references = e.getPath();
        String path = pathOf(references);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new PlanProblem(
                    path,
                    "The property (" + unknown.getPropertyName() + ") is not part of the format " + where
                            + "; remove it or fix its spelling (known here: "
                            + String.join(
                                    ", ",
                                    unknown.getKnownPropertyIds().stream()
                                            .map(String::valueOf)
                                            .sorted()
                                            .toList())
                            + ").");
        }
        Class<?> targetType = targetType(e);
        if (targetType != null) {
            return new PlanProblem(
                    path,
                    "The value (" + valueAt(json, references) + ") is not a " + typeName(targetType) + " " + where
                            + "; " + hint(targetType) + ".");
        }
        return new PlanProblem(
                path, "The plan cannot be read " + where + " (" + e.getOriginalMessage() + "); fix the value there.");
    }

    /** Jackson's message without the source description it nests, which only repeats the location. */
    private static String withoutSource(String message) {
        return SOURCE_DESCRIPTION.matcher(message).replaceAll("");
    }

    private static Class<?> targetType(JacksonException e) {
        if (e instanceof MismatchedInputException mismatched) {
            return mismatched.getTargetType();
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getType() != null) {
            return instantiation.getType().getRawClass();
        }
        return null;
    }

    private static String pathOf(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The path of the parser's position, for a problem of syntax that the mapper has no path for yet. */
    private static String pathOf(TokenStreamContext context) {
        List<String> segments = new ArrayList<>();
        for (TokenStreamContext current = context;
                current != null && !current.inRoot();
                current = current.getParent()) {
            if (current.inArray()) {
                segments.addFirst("[" + Math.max(0, current.getCurrentIndex()) + "]");
            } else if (current.inObject() && current.currentName() != null) {
                segments.addFirst("." + current.currentName());
            }
        }
        return "$" + String.join("", segments);
    }

    /** The offending value, found again in the document (which is valid JSON, or the mapper would not have failed). */
    private static String valueAt(byte[] json, List<JacksonException.Reference> references) {
        JsonPointer pointer = JsonPointer.empty();
        for (JacksonException.Reference reference : references) {
            pointer = reference.getPropertyName() != null
                    ? pointer.appendProperty(reference.getPropertyName())
                    : pointer.appendIndex(Math.max(0, reference.getIndex()));
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(json).at(pointer);
        } catch (JacksonException e) {
            return "unreadable";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isMissingNode()) {
            return "missing";
        }
        return node.toString();
    }

    private static String where(TokenStreamLocation location, String sourceName) {
        if (location == null || location.getLineNr() < 0) {
            return "in " + sourceName;
        }
        return "at line " + location.getLineNr() + ", column " + location.getColumnNr() + " of " + sourceName;
    }

    private static String typeName(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "whole number";
        }
        if (type == Double.class || type == double.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "list";
        }
        if (type.isEnum()) {
            return type.getSimpleName() + " (one of "
                    + String.join(
                            ", ",
                            Arrays.stream(type.getEnumConstants())
                                    .map(String::valueOf)
                                    .toList())
                    + ")";
        }
        return type.getSimpleName() + " object";
    }

    private static String hint(Class<?> type) {
        if (type == String.class) {
            return "write it in double quotes";
        }
        if (type.isEnum()) {
            return "write one of the listed names in double quotes";
        }
        if (List.class.isAssignableFrom(type)) {
            return "write a list in square brackets";
        }
        if (type == Integer.class || type == Long.class || type == Double.class) {
            return "write a number without quotes";
        }
        if (type == Boolean.class) {
            return "write true or false without quotes";
        }
        return "write an object in curly braces, as the format describes";
    }

    /** Keeps the required lists in the output even when they are empty, so that the written plan reads back. */
    private abstract static class RequiredLists {

        @JsonProperty("tracks")
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract List<?> getTracks();

        @JsonProperty("venues")
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract List<?> getVenues();

        @JsonProperty("tutors")
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract List<?> getTutors();

        @JsonProperty("groups")
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract List<?> getGroups();
    }
}
