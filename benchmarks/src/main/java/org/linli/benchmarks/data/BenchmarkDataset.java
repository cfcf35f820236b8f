package org.linli.benchmarks.data;

import java.net.URL;
import java.util.Locale;
import java.util.Objects;
import org.linli.datasets.PlanMapper;
import org.linli.datasets.itc2007.ItcCost;
import org.linli.datasets.itc2007.ItcInstance;
import org.linli.datasets.itc2007.ItcPlans;
import org.linli.datasets.itc2007.ItcScorer;
import org.linli.format.WeeklyPlan;

/**
 * One dataset of a benchmark, loaded once: the plan in the file format, where it came from and the SHA-256 that pins
 * its content in every output row.
 *
 * @param sha256 of the {@code .ctt} or plan file's bytes as read; for bundled and generated plans, of the plan's JSON
 *     as {@code PlanJson.write} renders it (deterministic), so a generated plan is identified by content, not only by
 *     its seed
 * @param itcInstance the ITC2007 instance when the dataset is one, else null
 * @param ctt where the instance's {@code .ctt} text is (a file or a class path resource), else null
 */
public record BenchmarkDataset(
        String name, Kind kind, String sha256, WeeklyPlan plan, ItcInstance itcInstance, URL ctt) {

    /** Where a dataset comes from. */
    public enum Kind {
        BUNDLED,
        GENERATED,
        PLAN_FILE,
        ITC2007;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public BenchmarkDataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(plan, "plan");
    }

    /** A fresh solver model of the plan; every run gets its own, so no run sees another's state. */
    public org.linli.solver.domain.WeeklyPlan model() {
        return PlanMapper.toModel(plan);
    }

    public boolean isItc() {
        return itcInstance != null;
    }

    /** The official ITC2007 cost of a solved model of this dataset. */
    public ItcCost itcCost(org.linli.solver.domain.WeeklyPlan solved) {
        if (itcInstance == null) {
            throw new IllegalStateException(
                    "Dataset (" + name + ") is not an ITC2007 instance; only those have an" + " ITC2007 cost.");
        }
        return ItcScorer.score(itcInstance, ItcPlans.toSolution(itcInstance, PlanMapper.toFormat(plan, solved)));
    }
}
