package org.linli.solver.repair;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.Duration;
import java.util.List;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.Venue;
import org.linli.solver.solve.SolveOptions;

/** Small published plans for the repair tests, built on {@link PlanFixture}; each session's values are given. */
final class RepairFixtures {

    /** A reproducible repair solve: a fixed seed and a step limit; the time limit only guards against a hang. */
    static final SolveOptions OPTIONS = PlanRepairer.options(Duration.ofSeconds(60))
            .withUnimprovedTimeLimit(null)
            .withStepLimit(100);

    private RepairFixtures() {}

    /** A track, one site with three rooms of ten seats, and tutors T1-T4 who all teach maths. */
    static final class Community {
        final PlanFixture fixture = new PlanFixture();
        final Track knowledge = fixture.track("knowledge", true, 30, fixture.daily("16:00", "19:00"));
        final Site site = fixture.site("site-1");
        final Venue room1 = fixture.venue("room-1", site, 10);
        final Venue room2 = fixture.venue("room-2", site, 10);
        final Venue room3 = fixture.venue("room-3", site, 10);
        final Tutor t1 = fixture.tutor("T1", "math");
        final Tutor t2 = fixture.tutor("T2", "math");
        final Tutor t3 = fixture.tutor("T3", "math");
        final Tutor t4 = fixture.tutor("T4", "math");

        /** A maths group of one student ({@code <id>-s}) with one 60-minute session ({@code <id>#1}) as given. */
        Group meeting(String id, int start, Tutor tutor, Venue venue) {
            Group group = fixture.group(id, knowledge, "math", 1, 60, List.of(fixture.student(id + "-s", 3)));
            fixture.session(id + "#1", group, start, tutor, venue);
            return group;
        }
    }

    /**
     * Case C08: ten sessions and four tutors; T2 teaches two of them (G2#1 on Monday 16:00, G6#1 on Tuesday
     * 17:00), and at both times other tutors are free.
     */
    static Community caseC08() {
        Community c = new Community();
        PlanFixture f = c.fixture;
        c.meeting("G1", f.at(MONDAY, "16:00"), c.t1, c.room1);
        c.meeting("G2", f.at(MONDAY, "16:00"), c.t2, c.room2);
        c.meeting("G3", f.at(MONDAY, "17:00"), c.t3, c.room1);
        c.meeting("G4", f.at(MONDAY, "18:00"), c.t4, c.room1);
        c.meeting("G5", f.at(TUESDAY, "16:00"), c.t1, c.room1);
        c.meeting("G6", f.at(TUESDAY, "17:00"), c.t2, c.room1);
        c.meeting("G7", f.at(TUESDAY, "16:00"), c.t3, c.room2);
        c.meeting("G8", f.at(WEDNESDAY, "16:00"), c.t1, c.room1);
        c.meeting("G9", f.at(WEDNESDAY, "16:00"), c.t4, c.room2);
        c.meeting("G10", f.at(WEDNESDAY, "17:00"), c.t3, c.room1);
        return c;
    }
}
