package org.linli.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.linli.format.WeeklyPlan;

/** The plans the tests start from, read fresh each time so that a test may change its copy. */
final class TestPlans {

    private TestPlans() {}

    /** A small, valid plan that uses every part of the format. */
    static WeeklyPlan small() {
        return read("/plans/small.json");
    }

    static WeeklyPlan read(String resource) {
        try (InputStream in = TestPlans.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The test resource (" + resource + ") is missing.");
            }
            return PlanJson.read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
