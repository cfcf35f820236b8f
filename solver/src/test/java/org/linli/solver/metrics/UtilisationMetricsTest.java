package org.linli.solver.metrics;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.Qualification;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.TravelTable;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.TutorKind;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.explain.PlanExplainer;
import org.linli.solver.explain.PlanExplanation;
import org.linli.solver.explain.RandomAssignments;
import org.linli.solver.explain.RichPlan;
import org.linli.solver.explain.RuleTotal;

class UtilisationMetricsTest {

    private static final double EXACT = 1e-12;

    /**
     * Two tracks whose windows join to weekdays 16:00-19:00 (900 minutes a week); venues room-n (north, 10 seats,
     * always open: 900 minutes), room-s (south, 5 seats, open 16:00-17:00: 300 minutes) and the partner's shop (south,
     * 8 seats: 900 minutes); tutors t1 (always: 900 minutes) and t2 (Monday 16:00-18:00: 120 minutes). Four sessions are
     * booked on Monday, one on Tuesday has no venue and one has nothing.
     */
    private static WeeklyPlan handCountedPlan() {
        PlanFixture f = new PlanFixture();
        Track knowledge = f.track("knowledge", true, 30, f.daily("16:00", "18:00"));
        Track enrichment = f.track("enrichment", false, 30, f.daily("17:00", "19:00"));
        Site north = f.site("north");
        Site south = f.site("south");
        f.travelMinutes.put(TravelTable.pairKey("north", "south"), 20);
        Venue roomN = f.venue("room-n", north, 10);
        Venue roomS = f.venue("room-s", south, 5, Set.of(), f.daily("16:00", "17:00"));
        Venue shop = f.partnerVenue("shop", south, 8, "Shop", null, 0.0);
        Tutor t1 = f.tutor(
                "t1",
                TutorKind.CERTIFIED_TUTOR,
                List.of(new Qualification("math", 1, 6), new Qualification("art", 1, 6)),
                f.always(),
                null,
                null,
                Set.of());
        Tutor t2 = f.tutor(
                "t2",
                TutorKind.CERTIFIED_TUTOR,
                List.of(new Qualification("reading", 1, 6)),
                IntervalSet.of(f.between(MONDAY, "16:00", "18:00")),
                null,
                null,
                Set.of());
        Student[] s = new Student[12];
        for (int i = 1; i <= 11; i++) {
            s[i] = f.student("s" + i, 3);
        }
        Group maths = f.group("maths", knowledge, "math", 2, 60, List.of(s[1], s[2], s[3], s[4]));
        Group art = f.group("art", enrichment, "art", 1, 60, List.of(s[1], s[2], s[5], s[6], s[7], s[8]));
        Group reading = f.group("reading", knowledge, "reading", 3, 30, List.of(s[9], s[10], s[11]));
        f.session("m1", maths, f.at(MONDAY, "16:00"), t1, roomN);
        f.session("m2", maths, f.at(TUESDAY, "16:00"), t1, null);
        f.session("a1", art, f.at(MONDAY, "17:00"), t1, shop);
        f.session("r1", reading, f.at(MONDAY, "16:00"), t2, roomS);
        f.session("r2", reading, null, null, null);
        // Outside room-s's opening hours: booked, but adds no minutes in use.
        f.session("r3", reading, f.at(MONDAY, "17:00"), t2, roomS);
        return f.prepare();
    }

    @Test
    void metrics_handCountedPlan() {
        WeeklyPlan plan = handCountedPlan();

        UtilisationMetrics metrics = UtilisationMetrics.of(plan);

        assertThat(metrics.sessions()).isEqualTo(6);
        assertThat(metrics.assigned()).isEqualTo(4);
        assertThat(metrics.unassigned()).isEqualTo(2);
        // 180 of 270 requested minutes: m2 (60, no venue) and r2 (30) are not booked.
        assertThat(metrics.demandCovered()).isCloseTo(180.0 / 270, within(EXACT));
        // room-n 60 of 900, room-s 30 of 300 (r3 lies outside its hours), shop 60 of 900.
        assertThat(metrics.venueUtilisation()).isCloseTo(150.0 / 2100, within(EXACT));
        // t1 teaches m1 and a1 (m2 is not booked): 120 of 900; t2 teaches r1 and r3: 60 of 120.
        assertThat(metrics.tutorUtilisation()).isCloseTo(180.0 / 1020, within(EXACT));
        // 4 of 10, 6 of 8, 3 of 5, 3 of 5.
        assertThat(metrics.seatFill()).isCloseTo(16.0 / 28, within(EXACT));
        assertThat(metrics.partnerVenueShare()).isCloseTo(60.0 / 180, within(EXACT));
        // t1 goes from m1 at north to a1 at south on Monday; t2 stays at south.
        assertThat(metrics.tutorTravelMinutes()).isEqualTo(20);
        // Loads 120 and 60: mean 90, standard deviation 30.
        assertThat(metrics.tutorLoadFairness()).isCloseTo(1.0 / 3, within(EXACT));
        // Three reading students wait 30 minutes between r1 and r3.
        assertThat(metrics.studentIdleMinutes()).isEqualTo(90);
        assertThat(metrics.venueUtilisationBySite())
                .containsExactly(Map.entry("north", 60.0 / 900), Map.entry("south", 90.0 / 1200));
        assertThat(metrics.demandCoveredByTrack())
                .containsExactly(Map.entry("knowledge", 120.0 / 210), Map.entry("enrichment", 1.0));
    }

    @Test
    void venueUtilisation_doubleBookedMinutesCountOnce() {
        PlanFixture f = new PlanFixture();
        Track track = f.track("knowledge", false, 30, IntervalSet.of(f.between(MONDAY, "16:00", "18:00")));
        Site site = f.site("north");
        Venue room = f.venue("room", site, 10);
        Tutor t1 = f.tutor("t1", "math");
        Tutor t2 = f.tutor("t2", "math");
        Group a = f.group("a", track, "math", 1, 60, List.of(f.student("s1", 3)));
        Group b = f.group("b", track, "math", 1, 60, List.of(f.student("s2", 3)));
        f.session("a#1", a, f.at(MONDAY, "16:00"), t1, room);
        f.session("b#1", b, f.at(MONDAY, "16:30"), t2, room);
        WeeklyPlan plan = f.prepare();

        UtilisationMetrics metrics = UtilisationMetrics.of(plan);

        // The room is in use 16:00-17:30 of its 120 minutes; each tutor teaches 60 of 120.
        assertThat(metrics.venueUtilisation()).isCloseTo(90.0 / 120, within(EXACT));
        assertThat(metrics.tutorUtilisation()).isCloseTo(120.0 / 240, within(EXACT));
        assertThat(metrics.tutorLoadFairness()).isZero();
        assertThat(metrics.seatFill()).isCloseTo(2.0 / 20, within(EXACT));
    }

    @Test
    void metrics_emptyPlanWithoutFacts() {
        WeeklyPlan plan = new PlanFixture().prepare();

        UtilisationMetrics metrics = UtilisationMetrics.of(plan);

        assertThat(metrics.sessions()).isZero();
        assertThat(metrics.assigned()).isZero();
        assertThat(metrics.unassigned()).isZero();
        assertThat(metrics.demandCovered()).isEqualTo(1.0);
        assertThat(metrics.venueUtilisation()).isZero();
        assertThat(metrics.tutorUtilisation()).isZero();
        assertThat(metrics.seatFill()).isZero();
        assertThat(metrics.partnerVenueShare()).isZero();
        assertThat(metrics.tutorTravelMinutes()).isZero();
        assertThat(metrics.tutorLoadFairness()).isZero();
        assertThat(metrics.studentIdleMinutes()).isZero();
        assertThat(metrics.venueUtilisationBySite()).isEmpty();
        assertThat(metrics.demandCoveredByTrack()).isEmpty();
    }

    @Test
    void metrics_planWithFactsButNoSessions() {
        PlanFixture f = new PlanFixture();
        f.track("knowledge", true, 30, f.daily("16:00", "18:00"));
        Site site = f.site("north");
        f.venue("room", site, 10);
        f.tutor("t1", "math");
        WeeklyPlan plan = f.prepare();

        UtilisationMetrics metrics = UtilisationMetrics.of(plan);

        assertThat(metrics.sessions()).isZero();
        assertThat(metrics.demandCovered()).isEqualTo(1.0);
        assertThat(metrics.venueUtilisation()).isZero();
        assertThat(metrics.tutorUtilisation()).isZero();
        assertThat(metrics.seatFill()).isZero();
        assertThat(metrics.venueUtilisationBySite()).containsExactly(Map.entry("north", 0.0));
        assertThat(metrics.demandCoveredByTrack()).containsExactly(Map.entry("knowledge", 1.0));
    }

    @Test
    void metrics_unassignedPlanCoversNothing() {
        WeeklyPlan plan = RichPlan.build(Map.of());
        plan.getSessions().stream().filter(session -> !session.isPinned()).forEach(session -> {
            session.setStart(null);
            session.setTutor(null);
            session.setVenue(null);
        });

        UtilisationMetrics metrics = UtilisationMetrics.of(plan);

        // Only the two fully pinned sessions (maths-a#1, 60 minutes; maths-b#1, 90 minutes) are booked.
        assertThat(metrics.assigned()).isEqualTo(2);
        long requested = plan.getSessions().stream()
                .mapToLong(session -> session.getLength())
                .sum();
        assertThat(metrics.demandCovered()).isCloseTo(150.0 / requested, within(EXACT));
    }

    @Test
    void travelAndIdleMinutes_equalTheirRulesOnRandomAssignments() {
        WeeklyPlan plan = RichPlan.build(Map.of());
        Random random = new Random(11L);
        PlanExplainer explainer = new PlanExplainer();
        int travelled = 0;
        int idle = 0;

        for (int i = 0; i < 50; i++) {
            RandomAssignments.assign(plan, random);
            UtilisationMetrics metrics = UtilisationMetrics.of(plan);
            PlanExplanation explanation = explainer.explain(plan);

            assertThat(metrics.tutorTravelMinutes()).isEqualTo(-softImpact(explanation, "Tutor travel"));
            assertThat(metrics.studentIdleMinutes()).isEqualTo(-softImpact(explanation, "Student idle time"));
            travelled += metrics.tutorTravelMinutes() > 0 ? 1 : 0;
            idle += metrics.studentIdleMinutes() > 0 ? 1 : 0;
        }

        assertThat(travelled).as("assignments with travel").isPositive();
        assertThat(idle).as("assignments with idle time").isPositive();
    }

    private static long softImpact(PlanExplanation explanation, String rule) {
        return explanation.ruleTotals().stream()
                .filter(total -> total.rule().equals(rule))
                .map(RuleTotal::impact)
                .findFirst()
                .orElseThrow()
                .softScore();
    }
}
