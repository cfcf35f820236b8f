package org.linli.api.web;

import java.time.Instant;
import org.linli.api.jobs.JobRecord;
import org.linli.api.jobs.JobSettings;
import org.linli.format.Job;
import org.linli.format.JobState;
import org.linli.format.RuleWeight;
import org.linli.format.SolveSettings;

/** Maps the service's job records to the API's {@code Job}. */
public final class JobViews {

    private JobViews() {}

    public static Job toApi(JobRecord record) {
        Job job = new Job()
                .jobId(record.jobId())
                .planId(record.planId())
                .state(JobState.valueOf(record.state().name()))
                .score(record.score())
                .feasible(record.feasible())
                .solutionVersion(record.solutionVersion())
                .submittedAt(text(record.submittedAt()))
                .startedAt(text(record.startedAt()))
                .endedAt(text(record.endedAt()))
                .resumed(record.resumed())
                .settings(settings(record.settings()))
                .error(record.error());
        return job;
    }

    private static SolveSettings settings(JobSettings settings) {
        SolveSettings api = new SolveSettings()
                .timeLimit(settings.timeLimit().toString())
                .unimprovedTimeLimit(
                        settings.unimprovedTimeLimit() == null
                                ? null
                                : settings.unimprovedTimeLimit().toString())
                .seed(settings.seed())
                .stepLimit(settings.stepLimit());
        settings.ruleWeights()
                .forEach((rule, weight) -> api.addRuleWeightsItem(new RuleWeight(rule)
                        .hard(weight.hardScore())
                        .medium(weight.mediumScore())
                        .soft(weight.softScore())));
        return api;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
