package org.linli.api.store;

import java.time.Instant;

/** One stored version of a job's best solution, as the plan JSON of openapi.yaml. */
public record StoredSolution(String jobId, int version, String score, Instant storedAt, String json) {}
