package org.linli.solver.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.solve.PlanSolver;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolveResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The repair benchmark: a district school week ({@link DistrictSchoolWeek}) is solved and published; on Monday 02:00
 * the tutor with the most Tuesday sessions is absent all Tuesday and a partner venue is withdrawn. It reports the
 * repair's time to feasible, time spent, score and changed sessions, and how many sessions a solve from scratch of
 * the same facts (60 s, late acceptance) moves. Two scenarios: the busiest partner venue of the district, and the
 * busiest one of a community with a single partner venue (the harder case: its sessions must fit into two rooms).
 *
 * <p>A benchmark, not a unit test: it runs only with {@code -Dlinli.benchmark=true}, e.g. {@code ./mvnw -B -q test -pl
 * solver -Dtest=DistrictRepairBenchmark -Dlinli.benchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "linli.benchmark", matches = "true")
class DistrictRepairBenchmark {

    private static final Logger LOGGER = LoggerFactory.getLogger(DistrictRepairBenchmark.class);

    /** The published plan comes from a step-limited solve, so every run repairs the same plan. */
    private static final int PUBLISH_STEPS = 60_000;

    private static final Duration PUBLISH_LIMIT = Duration.ofSeconds(600);
    private static final Duration REPAIR_LIMIT = Duration.ofSeconds(60);

    private static PlanFixture fixture;
    private static WeeklyPlan published;

    @BeforeAll
    static void publish() {
        fixture = DistrictSchoolWeek.build(42);
        SolveResult publishing = PlanSolver.solve(
                "district-publish",
                fixture.prepare(),
                SolveOptions.ofTimeLimit(PUBLISH_LIMIT).withStepLimit(PUBLISH_STEPS));
        published = publishing.best();
        LOGGER.info(
                "District published: sessions ({}), score ({}), unassigned sessions ({}), time spent ({} ms).",
                published.getSessions().size(),
                published.getScore(),
                PlanSolver.unassignedSessions(published),
                publishing.millisSpent());
    }

    @Test
    @Timeout(600)
    void districtSchoolWeek_busiestPartnerVenueWithdrawn_repairedFeasibly() {
        scenario("busiest-partner", venue -> true);
    }

    @Test
    @Timeout(600)
    void districtSchoolWeek_singlePartnerVenueOfACommunityWithdrawn_repairedFeasibly() {
        scenario(
                "single-partner",
                venue -> published.getVenues().stream()
                                .filter(other -> other.isPartnerVenue() && other.getSite() == venue.getSite())
                                .count()
                        == 1);
    }

    private void scenario(String name, Predicate<Venue> candidate) {
        int now = DistrictSchoolWeek.mondayNight(fixture);
        Tutor absent = busiest(
                published.getSessions().stream()
                        .filter(session ->
                                session.hasStart() && DistrictSchoolWeek.isTuesday(fixture, session.getStart()))
                        .toList(),
                Session::getTutor);
        Venue withdrawn = busiest(
                published.getSessions().stream()
                        .filter(session -> session.getVenue() != null
                                && session.getVenue().isPartnerVenue()
                                && candidate.test(session.getVenue()))
                        .toList(),
                Session::getVenue);
        List<Disruption> disruptions = List.of(
                new Disruption.TutorAbsent("absent", absent.getId(), DistrictSchoolWeek.tuesday(fixture)),
                new Disruption.VenueWithdrawn("withdrawn", withdrawn.getId()));

        RepairResult repair = PlanRepairer.repair(
                "district-" + name, published, disruptions, now, PlanRepairer.options(REPAIR_LIMIT));
        RepairProblem scratchProblem = PlanRepairer.prepare(published, disruptions, now);
        WeeklyPlan scratch = scratchProblem.plan();
        for (Session session : scratch.getSessions()) {
            session.setBaseline(null);
            if (!session.isPinned()) {
                session.setStart(null);
                session.setTutor(null);
                session.setVenue(null);
            }
        }
        SolveResult fromScratch =
                PlanSolver.solve("district-scratch-" + name, scratch, SolveOptions.ofTimeLimit(REPAIR_LIMIT));

        Map<String, SessionValues> before = values(published);
        long movedFromScratch = fromScratch.best().getSessions().stream()
                .filter(session -> !SessionValues.of(session).equals(before.get(session.getId())))
                .count();
        LOGGER.info(
                "District repair benchmark ({}): absent tutor ({}), withdrawn venue ({}), affected sessions ({}),"
                        + " repair score ({}), unassigned sessions ({}), time to feasible ({} ms), time spent ({} ms),"
                        + " changed sessions ({}); from scratch: score ({}), unassigned sessions ({}), moved sessions"
                        + " ({}).",
                name,
                absent.getId(),
                withdrawn.getId(),
                scratchProblem.affectedSessions().size(),
                repair.repaired().getScore(),
                PlanSolver.unassignedSessions(repair.repaired()),
                repair.millisToFeasible(),
                repair.millisSpent(),
                repair.manifest().changes().size(),
                fromScratch.best().getScore(),
                PlanSolver.unassignedSessions(fromScratch.best()),
                movedFromScratch);
        repair.manifest().changes().forEach(change -> LOGGER.info("  {}", change.describe(published.getClock())));
        assertThat(repair.repaired().getScore().isFeasible()).isTrue();
        assertThat(repair.manifest().changes().size()).isLessThan((int) movedFromScratch);
    }

    private static <T> T busiest(List<Session> sessions, Function<Session, T> key) {
        return sessions.stream()
                .filter(session -> key.apply(session) != null)
                .collect(Collectors.groupingBy(key, Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.<T, Long>comparingByValue()
                        .thenComparing(entry -> entry.getKey().toString(), Comparator.reverseOrder()))
                .orElseThrow()
                .getKey();
    }

    private static Map<String, SessionValues> values(WeeklyPlan plan) {
        return plan.getSessions().stream().collect(Collectors.toMap(Session::getId, SessionValues::of));
    }
}
