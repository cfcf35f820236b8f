package org.linli.solver.solve;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * One new best solution found during a solve.
 *
 * @param millisSpent milliseconds since the solve started
 * @param unassignedSessions sessions with a missing start, tutor or venue in that solution
 */
public record Improvement(long millisSpent, HardMediumSoftScore score, int unassignedSessions) {}
