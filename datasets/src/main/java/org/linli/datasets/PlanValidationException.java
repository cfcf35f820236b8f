package org.linli.datasets;

import java.util.List;

/**
 * A plan that cannot be read or planned as it is, with every problem found in it, so that a user fixes them all in
 * one go instead of one per attempt. The REST API answers it with status 400 and the list of problems.
 */
public final class PlanValidationException extends RuntimeException {

    private final transient List<PlanProblem> problems;

    public PlanValidationException(List<PlanProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A plan validation exception needs at least one problem.");
        }
        this.problems = List.copyOf(problems);
    }

    public PlanValidationException(PlanProblem problem) {
        this(List.of(problem));
    }

    /** Every problem found, in the order of the plan's document. */
    public List<PlanProblem> problems() {
        return problems;
    }

    private static String describe(List<PlanProblem> problems) {
        StringBuilder message = new StringBuilder("The plan has ")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        for (PlanProblem problem : problems) {
            message.append(System.lineSeparator()).append("  ").append(problem);
        }
        return message.toString();
    }
}
