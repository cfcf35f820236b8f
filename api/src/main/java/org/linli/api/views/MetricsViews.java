package org.linli.api.views;

import org.linli.format.Metrics;
import org.linli.solver.metrics.UtilisationMetrics;

/** Maps the solver's utilisation metrics of a plan to the API's {@code Metrics}. */
public final class MetricsViews {

    private MetricsViews() {}

    public static Metrics toApi(String jobId, int version, UtilisationMetrics metrics) {
        return new Metrics()
                .jobId(jobId)
                .solutionVersion(version)
                .sessions(metrics.sessions())
                .assigned(metrics.assigned())
                .unassigned(metrics.unassigned())
                .demandCovered(metrics.demandCovered())
                .venueUtilisation(metrics.venueUtilisation())
                .tutorUtilisation(metrics.tutorUtilisation())
                .seatFill(metrics.seatFill())
                .partnerVenueShare(metrics.partnerVenueShare())
                .tutorTravelMinutes(metrics.tutorTravelMinutes())
                .tutorLoadFairness(metrics.tutorLoadFairness())
                .studentIdleMinutes(metrics.studentIdleMinutes())
                .venueUtilisationBySite(new java.util.LinkedHashMap<>(metrics.venueUtilisationBySite()))
                .demandCoveredByTrack(new java.util.LinkedHashMap<>(metrics.demandCoveredByTrack()));
    }
}
