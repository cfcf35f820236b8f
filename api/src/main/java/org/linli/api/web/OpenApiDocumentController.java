package org.linli.api.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the real openapi.yaml, the single source of the API, at {@code /openapi.yaml}; Swagger UI
 * ({@code /swagger-ui/index.html}) shows it. Nothing is generated from the code, so the document served is the one the
 * interfaces were generated from.
 */
@RestController
public class OpenApiDocumentController {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    private static final Resource DOCUMENT = new ClassPathResource("openapi.yaml");

    @GetMapping(value = "/openapi.yaml", produces = "application/yaml")
    public ResponseEntity<Resource> openApiDocument() {
        return ResponseEntity.ok().contentType(YAML).body(DOCUMENT);
    }
}
