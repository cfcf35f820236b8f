package org.linli.datasets;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one plan while it is read, so that all of them are reported together. */
final class Problems {

    private final List<PlanProblem> list = new ArrayList<>();

    void add(String path, String message) {
        list.add(new PlanProblem(path, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    /** Throws a {@link PlanValidationException} with every problem collected, if there is any. */
    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new PlanValidationException(list);
        }
    }
}
