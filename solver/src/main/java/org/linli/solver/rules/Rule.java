package org.linli.solver.rules;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every rule of a weekly plan, hard rules first, then medium, then soft: its name (the constraint's name, which plans
 * use to override its weight), its default weight, the unit one match counts in, and the business rule it enforces.
 * The README's rule table lists these one to one.
 */
public enum Rule {
    TUTOR_CONFLICT(
            "Tutor conflict",
            HardMediumSoftScore.ONE_HARD,
            "overlap minutes",
            "A tutor teaches one session at a time."),
    TUTOR_TRAVEL_TIME(
            "Tutor travel time",
            HardMediumSoftScore.ONE_HARD,
            "missing minutes",
            "A tutor's consecutive sessions at different sites leave time to travel between them."),
    VENUE_CONFLICT(
            "Venue conflict", HardMediumSoftScore.ONE_HARD, "overlap minutes", "A venue holds one session at a time."),
    STUDENT_CONFLICT(
            "Student conflict",
            HardMediumSoftScore.ONE_HARD,
            "student overlap minutes",
            "A student attends one session at a time."),
    SCHOOL_TIME(
            "School time",
            HardMediumSoftScore.ONE_HARD,
            "student minutes",
            "A session lies outside every one of its students' school timetables."),
    TRACK_WINDOW(
            "Track window",
            HardMediumSoftScore.ONE_HARD,
            "minutes outside",
            "A session lies inside its track's daily windows."),
    TUTOR_AVAILABILITY(
            "Tutor availability",
            HardMediumSoftScore.ONE_HARD,
            "minutes outside",
            "A session lies inside its tutor's availability."),
    VENUE_AVAILABILITY(
            "Venue availability",
            HardMediumSoftScore.ONE_HARD,
            "minutes outside",
            "A session lies inside its venue's availability and outside its closures."),
    GROUP_BLOCKED_TIME(
            "Group blocked time",
            HardMediumSoftScore.ONE_HARD,
            "minutes overlapped",
            "A session avoids its group's blocked times."),
    TUTOR_CERTIFICATION(
            "Tutor certification",
            HardMediumSoftScore.ONE_HARD,
            "sessions",
            "The tutor holds the group's certification for its grade band, and is a certified tutor on a"
                    + " certified-only track."),
    FIXED_TUTOR("Fixed tutor", HardMediumSoftScore.ONE_HARD, "sessions", "A group with a fixed tutor gets that tutor."),
    TUTOR_SITE(
            "Tutor site", HardMediumSoftScore.ONE_HARD, "sessions", "A tutor teaches only at the sites they work at."),
    GROUP_SITE("Group site", HardMediumSoftScore.ONE_HARD, "sessions", "A group meets only at its allowed sites."),
    VENUE_CAPACITY("Venue capacity", HardMediumSoftScore.ONE_HARD, "seats short", "The venue seats the whole group."),
    VENUE_FEATURES(
            "Venue features",
            HardMediumSoftScore.ONE_HARD,
            "missing features",
            "The venue has every feature the group needs."),
    TUTOR_DAILY_LIMIT(
            "Tutor daily limit",
            HardMediumSoftScore.ONE_HARD,
            "minutes over",
            "A tutor teaches at most their maximum minutes a day."),
    TUTOR_WEEKLY_LIMIT(
            "Tutor weekly limit",
            HardMediumSoftScore.ONE_HARD,
            "minutes over",
            "A tutor teaches at most their maximum minutes a week."),

    UNASSIGNED_SESSION(
            "Unassigned session",
            HardMediumSoftScore.ONE_MEDIUM,
            "missing values x priority",
            "Every session gets a start, a tutor and a venue; a higher-priority group's sessions count more."),

    MINIMUM_DAYS(
            "Minimum days",
            HardMediumSoftScore.ofSoft(5),
            "days short",
            "A group's sessions spread over at least its minimum number of days."),
    TUTOR_STABILITY(
            "Tutor stability",
            HardMediumSoftScore.ofSoft(3),
            "extra tutors",
            "One tutor teaches all sessions of a group."),
    VENUE_STABILITY(
            "Venue stability",
            HardMediumSoftScore.ONE_SOFT,
            "extra venues",
            "All sessions of a group meet in one venue."),
    ISOLATED_SESSION(
            "Isolated session",
            HardMediumSoftScore.ONE_SOFT,
            "students",
            "A student's session on a day is back to back with another of their sessions that day."),
    STUDENT_IDLE_TIME(
            "Student idle time",
            HardMediumSoftScore.ONE_SOFT,
            "student idle minutes",
            "A student waits no longer than the adjacent gap between two consecutive sessions of one track on a day."),
    TUTOR_TRAVEL(
            "Tutor travel",
            HardMediumSoftScore.ONE_SOFT,
            "travel minutes",
            "Tutors travel little between the sites of their consecutive sessions."),
    PARTNER_QUOTA(
            "Partner quota",
            HardMediumSoftScore.ofSoft(10),
            "minutes over",
            "A partner venue is used within its weekly quota of minutes."),
    PARTNER_COST(
            "Partner cost",
            HardMediumSoftScore.ONE_SOFT,
            "currency units",
            "Partner venues that cost money are used sparingly."),
    TUTOR_LOAD_BALANCE(
            "Tutor load balance",
            HardMediumSoftScore.ONE_SOFT,
            "unfairness (minutes)",
            "Teaching minutes are spread fairly across the tutors who teach."),
    PUBLISHED_PLAN_CHANGE(
            "Published plan change",
            HardMediumSoftScore.ofSoft(10_000),
            "changed values x proximity",
            "A repair keeps the published start, tutor and venue of each session; a change of a session within 24"
                    + " hours counts 10 times, within 72 hours 3 times.");

    private final String title;
    private final HardMediumSoftScore defaultWeight;
    private final String unit;
    private final String description;

    Rule(String title, HardMediumSoftScore defaultWeight, String unit, String description) {
        this.title = title;
        this.defaultWeight = defaultWeight;
        this.unit = unit;
        this.description = description;
    }

    /** The constraint's name, as plans and explanations use it. */
    public String title() {
        return title;
    }

    public HardMediumSoftScore defaultWeight() {
        return defaultWeight;
    }

    public String unit() {
        return unit;
    }

    public String description() {
        return description;
    }

    public static Optional<Rule> byTitle(String title) {
        return Arrays.stream(values()).filter(rule -> rule.title.equals(title)).findFirst();
    }
}
