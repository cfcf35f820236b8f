package org.linli.benchmarks.itc;

import org.linli.datasets.itc2007.ItcCost;

/**
 * One solve of an ITC2007 instance by Linli or a peer, scored by the official scorer.
 *
 * @param solver {@code linli-<configuration>} or the peer's name
 * @param ownScore the solver's own best score, for reference
 */
public record ItcRun(
        String instance,
        String datasetSha256,
        String solver,
        long seed,
        long timeLimitMillis,
        long millisSpent,
        ItcCost cost,
        String ownScore) {}
