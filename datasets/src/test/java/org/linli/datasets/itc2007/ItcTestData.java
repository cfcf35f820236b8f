package org.linli.datasets.itc2007;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Access to the bundled instances' raw text and the reference solutions under test resources. */
final class ItcTestData {

    private ItcTestData() {}

    /** The raw text of a bundled instance, for tests that corrupt it on purpose. */
    static String instanceText(String name) {
        return resourceText("/itc2007/" + name + ".ctt");
    }

    /** The path of a reference solution, {@code comp01.sol} .. {@code comp07.sol} or {@code toy-example.sol}. */
    static Path solutionPath(String fileName) {
        URL url = ItcTestData.class.getResource("/itc2007/solutions/" + fileName);
        if (url == null) {
            throw new IllegalStateException("missing test resource solutions/" + fileName);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String solutionText(String fileName) {
        return resourceText("/itc2007/solutions/" + fileName);
    }

    private static String resourceText(String resource) {
        try (InputStream stream = ItcTestData.class.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
