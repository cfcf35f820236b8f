package org.linli.benchmarks.run;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.linli.solver.metrics.UtilisationMetrics;

/**
 * The utilisation metrics a benchmark compares, with the direction in which each is better. Values come from
 * {@link UtilisationMetrics#of}, computed from the final plan of a run.
 */
public enum Metric {
    DEMAND_COVERED(
            "demand_covered",
            "Demand covered",
            "Demand",
            Direction.HIGHER,
            Unit.SHARE,
            UtilisationMetrics::demandCovered),
    VENUE_UTILISATION(
            "venue_utilisation",
            "Venue utilisation",
            "Venues",
            Direction.HIGHER,
            Unit.SHARE,
            UtilisationMetrics::venueUtilisation),
    TUTOR_UTILISATION(
            "tutor_utilisation",
            "Tutor utilisation",
            "Tutors",
            Direction.HIGHER,
            Unit.SHARE,
            UtilisationMetrics::tutorUtilisation),
    SEAT_FILL("seat_fill", "Seat fill", "Seats", Direction.HIGHER, Unit.SHARE, UtilisationMetrics::seatFill),
    /** Partner venues are part of the programme's design and cost money: a share to watch, neither good nor bad. */
    PARTNER_VENUE_SHARE(
            "partner_venue_share",
            "Partner venue share",
            "Partner share",
            Direction.NEITHER,
            Unit.SHARE,
            UtilisationMetrics::partnerVenueShare),
    TUTOR_TRAVEL_MINUTES(
            "tutor_travel_minutes",
            "Tutor travel (min)",
            "Travel",
            Direction.LOWER,
            Unit.MINUTES,
            metrics -> metrics.tutorTravelMinutes()),
    TUTOR_LOAD_FAIRNESS(
            "tutor_load_fairness",
            "Tutor load unevenness (CV)",
            "Load unevenness",
            Direction.LOWER,
            Unit.COEFFICIENT,
            UtilisationMetrics::tutorLoadFairness),
    STUDENT_IDLE_MINUTES(
            "student_idle_minutes",
            "Student idle (student-min)",
            "Idle time",
            Direction.LOWER,
            Unit.MINUTES,
            metrics -> metrics.studentIdleMinutes());

    /** In which direction a metric is better. */
    public enum Direction {
        HIGHER,
        LOWER,
        NEITHER
    }

    /** What a metric's number is. */
    public enum Unit {
        /** A share between 0 and 1. */
        SHARE,
        /** A whole number of minutes. */
        MINUTES,
        /** A dimensionless coefficient. */
        COEFFICIENT
    }

    private final String column;
    private final String label;
    private final String shortLabel;
    private final Direction direction;
    private final Unit unit;
    private final ToDoubleFunction<UtilisationMetrics> value;

    Metric(
            String column,
            String label,
            String shortLabel,
            Direction direction,
            Unit unit,
            ToDoubleFunction<UtilisationMetrics> value) {
        this.column = column;
        this.label = label;
        this.shortLabel = shortLabel;
        this.direction = direction;
        this.unit = unit;
        this.value = value;
    }

    public String column() {
        return column;
    }

    public String label() {
        return label;
    }

    /** A label short enough for a chart's axis. */
    public String shortLabel() {
        return shortLabel;
    }

    public Direction direction() {
        return direction;
    }

    public Unit unit() {
        return unit;
    }

    /** Whether the metric is a share between 0 and 1. */
    public boolean isRatio() {
        return unit == Unit.SHARE;
    }

    public double of(UtilisationMetrics metrics) {
        return value.applyAsDouble(metrics);
    }

    /**
     * How much better {@code value} is than {@code baseline}, relative to the baseline: positive is better whatever the
     * direction (+0.30 is 30% more utilisation, or 30% less travel). NaN when the baseline is 0 and the value is not, or
     * when the metric has no direction.
     */
    public double improvement(double value, double baseline) {
        if (direction == Direction.NEITHER) {
            return Double.NaN;
        }
        if (baseline == 0) {
            return value == 0 ? 0 : Double.NaN;
        }
        double change = (value - baseline) / Math.abs(baseline);
        return direction == Direction.HIGHER ? change : -change;
    }

    public static List<Metric> ratios() {
        return Arrays.stream(values()).filter(Metric::isRatio).toList();
    }
}
