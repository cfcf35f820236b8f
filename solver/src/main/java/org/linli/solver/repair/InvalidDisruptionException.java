package org.linli.solver.repair;

import java.util.List;

/** Disruptions that do not fit their plan: unknown ids, intervals outside the week. Lists every problem found. */
public final class InvalidDisruptionException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidDisruptionException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
