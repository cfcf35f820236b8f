package org.linli.datasets.itc2007;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Line-by-line tokenizer shared by the instance and solution readers.
 *
 * <p>Both formats are whitespace separated with one record per line; the original files mix tabs and runs of spaces, so
 * any whitespace run separates tokens. Blank lines carry no meaning and are skipped. Every error is raised through
 * {@link #error} so that it names the source and the current line.
 */
final class ItcLines {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final BufferedReader reader;
    private final String source;
    private int lineNumber;

    ItcLines(Reader reader, String source) {
        this.reader = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        this.source = source;
    }

    /** The tokens of the next non-blank line, or {@code null} at the end of the input. */
    List<String> next() {
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    // Some editors save a byte order mark; it is not part of the first token.
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (!trimmed.isEmpty()) {
                    return List.of(WHITESPACE.split(trimmed));
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** The 1-based number of the line last returned by {@link #next()} (or the last line at the end of input). */
    int lineNumber() {
        return lineNumber;
    }

    String source() {
        return source;
    }

    ItcFormatException error(String detail) {
        return new ItcFormatException(source, Math.max(1, lineNumber), detail);
    }

    /**
     * Parses a non-negative decimal integer. Signs, blanks and digits beyond {@code int} range are rejected rather than
     * interpreted, because no field of either format can be negative.
     */
    int nonNegativeInt(String token, String field) {
        if (DIGITS.matcher(token).matches()) {
            try {
                return Integer.parseInt(token);
            } catch (NumberFormatException tooLarge) {
                throw error("the value for '" + field + "' is too large ('" + token + "')");
            }
        }
        throw error("expected a non-negative integer for '" + field + "' but found '" + token + "'");
    }

    /** Like {@link #nonNegativeInt} but also requires the value to be in {@code [0, bound)}. */
    int intBelow(String token, String field, int bound, String boundName) {
        int value = nonNegativeInt(token, field);
        if (value >= bound) {
            throw error("'" + field + "' (" + token + ") is out of range: the instance has " + bound + " " + boundName
                    + ", numbered 0 to " + (bound - 1));
        }
        return value;
    }

    /** Requires exactly {@code count} tokens on the current line, naming what was expected. */
    void expectTokens(List<String> tokens, int count, String layout) {
        if (tokens.size() != count) {
            throw error("expected " + count + " tokens (" + layout + ") but found " + tokens.size() + " in '"
                    + String.join(" ", tokens) + "'");
        }
    }
}
