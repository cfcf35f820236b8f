package org.linli.solver.explain;

import java.util.List;
import java.util.Objects;

/**
 * A session that still misses a start, a tutor or a venue, and the first reason it cannot be fully placed.
 *
 * @param missing the missing values, among "start", "tutor" and "venue", in that order
 * @param code the kind of reason, for programs
 * @param reason a sentence for planners that names the objects and values behind the reason
 */
public record UnassignedSession(
        String sessionId, String groupId, List<String> missing, ReasonCode code, String reason) {

    public UnassignedSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(groupId, "groupId");
        missing = List.copyOf(missing);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }
}
