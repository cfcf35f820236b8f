package org.linli.solver.cases;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.Qualification;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.TravelTable;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.TutorKind;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolverConfigs;

/**
 * Properties of a whole solve on a small plan of three groups over two tracks and two sites: the same seed and step
 * limit give the same plan, and pinned sessions keep their values. These solves end on their step limit only (no
 * unimproved time limit), since a time-based end would make the first property depend on the machine.
 */
class SolverPropertiesTest {

    private static final int STEP_LIMIT = 400;
    private static final String MATHS_PINNED = "maths#1";
    private static final String ART_PINNED = "art#1";

    private static WeeklyPlan plan() {
        return fixture().prepare();
    }

    /** A fresh fixture each time: preparation sets up facts (cohorts, travel), so two solves never share them. */
    private static PlanFixture fixture() {
        PlanFixture fixture = new PlanFixture();
        Track knowledge = fixture.track("knowledge", true, 30, fixture.daily("15:00", "19:00"));
        Track enrichment = fixture.track("enrichment", false, 30, fixture.daily("15:00", "19:00"));
        Site centre = fixture.site("centre");
        Site library = fixture.site("library");
        fixture.travelMinutes.put(TravelTable.pairKey(centre.getId(), library.getId()), 20);
        Venue room1 = fixture.venue("room-1", centre, 10);
        fixture.venue("room-2", centre, 8);
        Venue reading = fixture.partnerVenue("reading-room", library, 12, "city-library", 240, 5.0);
        Tutor maths = fixture.tutor("t-maths", "math");
        fixture.tutor("t-reading", "reading");
        fixture.tutor(
                "t-both",
                TutorKind.CERTIFIED_TUTOR,
                List.of(new Qualification("math", 1, 6), new Qualification("reading", 1, 6)),
                fixture.always(),
                120,
                null,
                Set.of());
        Tutor instructor =
                fixture.tutor("t-art", TutorKind.PARTNER_INSTRUCTOR, List.of(), fixture.always(), null, null, Set.of());
        List<Student> students = List.of(
                fixture.student("st-1", 3),
                fixture.student("st-2", 3),
                fixture.student("st-3", 4),
                fixture.student("st-4", 4),
                fixture.student("st-5", 5),
                fixture.student("st-6", 5, fixture.daily("08:00", "16:00")));
        Group mathsGroup = fixture.group("maths", knowledge, "math", 2, 60, students.subList(0, 4));
        Group readingGroup = fixture.group("reading", knowledge, "reading", 2, 60, students.subList(1, 5));
        Group art = fixture.group(
                "art", enrichment, null, 1, 90, List.of(students.get(0), students.get(4), students.get(5)));
        fixture.pinned(MATHS_PINNED, mathsGroup, fixture.at(MONDAY, "16:00"), maths, room1);
        fixture.session("maths#2", mathsGroup, null, null, null);
        // Pinned to a partner venue that costs money: the solver would rather move it, but must not.
        fixture.pinned(ART_PINNED, art, fixture.at(WEDNESDAY, "17:00"), instructor, reading);
        fixture.session("reading#1", readingGroup, null, null, null);
        fixture.session("reading#2", readingGroup, null, null, null);
        return fixture;
    }

    private static WeeklyPlan solve(WeeklyPlan plan) {
        SolveOptions options = SolveOptions.ofTimeLimit(Duration.ofSeconds(30))
                .withStepLimit(STEP_LIMIT)
                .withSeed(CaseSolver.SEED);
        return SolverFactory.<WeeklyPlan>create(SolverConfigs.of(options))
                .buildSolver()
                .solve(plan);
    }

    /** Each session's values by id, in a form two separately built plans can be compared in. */
    private static Map<String, String> assignment(WeeklyPlan plan) {
        return plan.getSessions().stream()
                .collect(Collectors.toMap(
                        Session::getId,
                        session -> session.getStart() + " " + session.getTutor() + " " + session.getVenue()));
    }

    @Test
    @Timeout(120)
    void solve_sameSeedAndStepLimitGiveTheSameAssignment() {
        WeeklyPlan first = solve(plan());
        WeeklyPlan second = solve(plan());

        assertThat(assignment(second)).isEqualTo(assignment(first));
        assertThat(second.getScore()).isEqualTo(first.getScore());
        assertThat(first.getScore().isFeasible())
                .as("score " + first.getScore())
                .isTrue();
        assertThat(first.getSessions()).allMatch(Session::isFullyAssigned);
    }

    @Test
    @Timeout(60)
    void solve_pinnedSessionsKeepTheirValues() {
        WeeklyPlan plan = plan();
        Map<String, String> before = assignment(plan);

        WeeklyPlan solved = solve(plan);

        Map<String, Session> byId =
                solved.getSessions().stream().collect(Collectors.toMap(Session::getId, Function.identity()));
        assertThat(byId.get(MATHS_PINNED).isPinned()).isTrue();
        assertThat(byId.get(ART_PINNED).isPinned()).isTrue();
        Map<String, String> after = assignment(solved);
        assertThat(after.get(MATHS_PINNED)).isEqualTo(before.get(MATHS_PINNED));
        assertThat(after.get(ART_PINNED)).isEqualTo(before.get(ART_PINNED));
        assertThat(after)
                .as("the free sessions were placed")
                .allSatisfy((id, values) -> assertThat(byId.get(id).isFullyAssigned())
                        .as(id + " " + values)
                        .isTrue());
    }

    @Test
    @Timeout(60)
    void solve_pinnedSessionBreakingHardRulesKeepsItsValuesAndIsReported() {
        PlanFixture fixture = fixture();
        Track enrichment = fixture.tracks.get(1);
        Venue closet = fixture.venue("closet", fixture.sites.getFirst(), 2);
        Tutor instructor = fixture.tutors.get(3);
        Group chess = fixture.group("chess", enrichment, null, 1, 60, fixture.students.subList(0, 3));
        // 20:00 lies outside the track's window and the closet seats 2 of 3: both values are filtered out of the
        // ranges a free session would get.
        fixture.pinned("chess#1", chess, fixture.at(MONDAY, "20:00"), instructor, closet);
        WeeklyPlan plan = fixture.prepare();

        WeeklyPlan solved = solve(plan);

        Session pinned = CaseSolver.session(solved, "chess#1");
        assertThat(pinned.getStart()).isEqualTo(fixture.at(MONDAY, "20:00"));
        assertThat(pinned.getTutor()).isSameAs(instructor);
        assertThat(pinned.getVenue()).isSameAs(closet);
        assertThat(solved.getScore().hardScore())
                .as("60 minutes outside the track window + 1 seat short")
                .isEqualTo(-61);
    }
}
