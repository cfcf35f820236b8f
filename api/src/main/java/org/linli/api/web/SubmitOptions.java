package org.linli.api.web;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linli.api.config.LinliProperties;
import org.linli.api.jobs.JobSettings;
import org.linli.datasets.PlanProblem;
import org.linli.datasets.PlanValidationException;
import org.linli.solver.domain.PlanPreparation;
import org.linli.solver.solve.SolveOptions;

/** Reads a submit request's query options into job settings, the service's defaults and limits applied. */
final class SubmitOptions {

    private SubmitOptions() {}

    /** @throws PlanValidationException listing every bad option, each by its parameter name */
    static JobSettings read(
            String timeLimit,
            String unimprovedTimeLimit,
            Long seed,
            Integer stepLimit,
            List<String> weights,
            LinliProperties.Solver limits) {
        List<PlanProblem> problems = new ArrayList<>();
        Duration time = duration("timeLimit", timeLimit, problems);
        if (time == null) {
            time = limits.defaultTimeLimit();
        } else if (time.compareTo(limits.maxTimeLimit()) > 0) {
            problems.add(new PlanProblem(
                    "timeLimit",
                    "The time limit (" + timeLimit + ") is above the service's maximum (" + limits.maxTimeLimit()
                            + "); ask for less."));
        }
        Duration unimproved = duration("unimprovedTimeLimit", unimprovedTimeLimit, problems);
        Map<String, HardMediumSoftScore> ruleWeights = ruleWeights(weights == null ? List.of() : weights, problems);
        if (!problems.isEmpty()) {
            throw new PlanValidationException(problems);
        }
        return new JobSettings(
                time, unimproved, seed == null ? SolveOptions.DEFAULT_SEED : seed, stepLimit, ruleWeights);
    }

    private static Duration duration(String name, String value, List<PlanProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Duration duration = Duration.parse(value);
            if (duration.isNegative() || duration.isZero()) {
                problems.add(new PlanProblem(name, "The duration (" + value + ") must be positive."));
                return null;
            }
            return duration;
        } catch (DateTimeParseException e) {
            problems.add(new PlanProblem(
                    name, "The duration (" + value + ") is not an ISO-8601 duration; write it like PT30S or PT2M."));
            return null;
        }
    }

    private static Map<String, HardMediumSoftScore> ruleWeights(List<String> weights, List<PlanProblem> problems) {
        Map<String, HardMediumSoftScore> parsed = new LinkedHashMap<>();
        for (int i = 0; i < weights.size(); i++) {
            String path = "weight[" + i + "]";
            String weight = weights.get(i);
            int separator = weight.lastIndexOf('=');
            if (separator <= 0) {
                problems.add(new PlanProblem(
                        path,
                        "The weight (" + weight + ") is not of the form <rule name>=<hard>hard/<medium>medium/"
                                + "<soft>soft."));
                continue;
            }
            String rule = weight.substring(0, separator).trim();
            try {
                HardMediumSoftScore score = HardMediumSoftScore.parseScore(
                        weight.substring(separator + 1).trim());
                PlanPreparation.effectiveWeights(Map.of(rule, score));
                parsed.put(rule, score);
            } catch (IllegalArgumentException e) {
                problems.add(new PlanProblem(path, e.getMessage()));
            }
        }
        return parsed;
    }
}
