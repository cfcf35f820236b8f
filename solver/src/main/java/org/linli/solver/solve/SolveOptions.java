package org.linli.solver.solve;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how a solve runs. A step limit with a fixed seed makes a solve reproducible: the same plan, seed and
 * step limit give the same result on any machine; a time limit does not.
 *
 * @param timeLimit the most time the solve may spend
 * @param unimprovedTimeLimit stop early when the best score has not improved for this long; null for never
 * @param stepLimit stop after this many local search steps; null for no step limit
 * @param seed the random seed
 */
public record SolveOptions(
        Duration timeLimit, Duration unimprovedTimeLimit, Integer stepLimit, long seed, SolverStrategy strategy) {

    public static final long DEFAULT_SEED = 0L;

    public SolveOptions {
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(strategy, "strategy");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit (" + timeLimit + ") must be positive.");
        }
        if (unimprovedTimeLimit != null && (unimprovedTimeLimit.isNegative() || unimprovedTimeLimit.isZero())) {
            throw new IllegalArgumentException(
                    "The unimproved time limit (" + unimprovedTimeLimit + ") must be positive.");
        }
        if (stepLimit != null && stepLimit < 0) {
            throw new IllegalArgumentException("The step limit (" + stepLimit + ") must be 0 or more.");
        }
    }

    public static SolveOptions ofTimeLimit(Duration timeLimit) {
        return new SolveOptions(timeLimit, null, null, DEFAULT_SEED, SolverStrategy.LATE_ACCEPTANCE);
    }

    public SolveOptions withSeed(long newSeed) {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, stepLimit, newSeed, strategy);
    }

    public SolveOptions withStepLimit(Integer newStepLimit) {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, newStepLimit, seed, strategy);
    }

    public SolveOptions withUnimprovedTimeLimit(Duration newUnimprovedTimeLimit) {
        return new SolveOptions(timeLimit, newUnimprovedTimeLimit, stepLimit, seed, strategy);
    }

    public SolveOptions withStrategy(SolverStrategy newStrategy) {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, stepLimit, seed, newStrategy);
    }
}
