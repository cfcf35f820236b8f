package org.linli.benchmarks;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.PlanDraft;
import org.linli.solver.domain.PlanPreparation;
import org.linli.solver.domain.PlanSettings;
import org.linli.solver.domain.Qualification;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.TravelTable;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.TutorKind;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeekClock;
import org.linli.solver.domain.WeeklyPlan;

/**
 * Small solver-model plans for the harness's own tests: one site, mornings 09:00-12:00 on five days, a 30-minute
 * grid, tutors certified in maths, venues seating ten.
 */
public final class TinyPlans {

    public static final int DAY = 1440;
    public static final int NINE = 9 * 60;

    private final WeekClock clock = new WeekClock(LocalDate.of(2026, 7, 6), 5, ZoneId.of("Asia/Shanghai"));
    private final Site site = new Site("site-1");
    private final Track track;
    private final List<Venue> venues = new ArrayList<>();
    private final List<Tutor> tutors = new ArrayList<>();
    private final List<Student> students = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();

    public TinyPlans() {
        List<Interval> mornings = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            mornings.add(new Interval(day * DAY + NINE, day * DAY + 12 * 60));
        }
        track = new Track("knowledge", "Knowledge", true, 30, IntervalSet.of(mornings));
    }

    public TinyPlans venues(int count) {
        for (int i = 1; i <= count; i++) {
            venues.add(new Venue(
                    "room-" + i, null, site, 10, Set.of(), null, null, 0.0, IntervalSet.all(clock.weekMinutes())));
        }
        return this;
    }

    public TinyPlans tutors(int count) {
        for (int i = 1; i <= count; i++) {
            tutors.add(new Tutor(
                    "tutor-" + i,
                    null,
                    TutorKind.CERTIFIED_TUTOR,
                    List.of(new Qualification("maths", 1, 6)),
                    IntervalSet.all(clock.weekMinutes()),
                    null,
                    null,
                    null,
                    Set.of()));
        }
        return this;
    }

    /** A group of {@code size} new students needing {@code certification}, meeting {@code sessions} times a week. */
    public TinyPlans group(String id, String certification, int size, int sessions, int minutes) {
        List<Student> members = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            Student student = new Student(id + "-student-" + i, 3, null, IntervalSet.empty());
            members.add(student);
            students.add(student);
        }
        groups.add(new Group(
                id,
                null,
                track,
                certification,
                3,
                3,
                sessions,
                minutes,
                members,
                members.size(),
                Set.of(),
                0,
                null,
                IntervalSet.empty(),
                1,
                Set.of()));
        return this;
    }

    public WeeklyPlan prepare() {
        return PlanPreparation.prepare(new PlanDraft(
                "tiny",
                "tiny",
                clock,
                PlanSettings.DEFAULT,
                List.of(track),
                List.of(site),
                TravelTable.NONE,
                venues,
                tutors,
                students,
                groups,
                List.of(),
                Map.of()));
    }
}
