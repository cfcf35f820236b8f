package org.linli.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

/**
 * The response codes openapi.yaml declares are exactly those the tests make the service answer (see
 * {@code SubmitAndSolveTest}, {@code ValidationTest}, {@code LimitsTest}, {@code QueueFullTest}, {@code ApiKeyTest},
 * {@code RepairFlowTest} for 201):
 * a code added to the document without a test fails here.
 */
class OpenApiDocumentTest {

    private static final Set<String> TESTED =
            Set.of("200", "201", "202", "400", "401", "403", "404", "409", "413", "503");

    @Test
    @SuppressWarnings("unchecked")
    void declaredResponseCodes_areTheTestedOnes_eachDefinedOnceInComponents() throws IOException {
        Map<String, Object> document;
        try (InputStream in = new ClassPathResource("openapi.yaml").getInputStream()) {
            document = new Yaml().load(in);
        }
        Set<String> declared = new TreeSet<>();
        Set<String> referenced = new TreeSet<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");

        paths.values()
                .forEach(operations -> operations.values().forEach(operation -> {
                    Map<String, Map<String, Object>> responses =
                            (Map<String, Map<String, Object>>) ((Map<String, Object>) operation).get("responses");
                    responses.forEach((code, response) -> {
                        declared.add(code);
                        if (!code.startsWith("2")) {
                            assertThat(response)
                                    .as(code + " is a reference to components/responses")
                                    .containsKey("$ref");
                            referenced.add(String.valueOf(response.get("$ref")));
                        }
                    });
                }));

        assertThat(declared).containsExactlyInAnyOrderElementsOf(TESTED);
        Map<String, Object> components = (Map<String, Object>) document.get("components");
        Set<String> defined = ((Map<String, Object>) components.get("responses")).keySet();
        assertThat(referenced)
                .map(reference -> reference.substring(reference.lastIndexOf('/') + 1))
                .containsExactlyInAnyOrderElementsOf(defined);
    }
}
