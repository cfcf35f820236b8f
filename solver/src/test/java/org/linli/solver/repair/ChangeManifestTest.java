package org.linli.solver.repair;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;

/**
 * The manifest of a repair of case C08 whose solution is set by hand: T2's two sessions get new tutors, and G5#1, which
 * no disruption touched, moves to Wednesday.
 */
class ChangeManifestTest {

    private final RepairFixtures.Community c = RepairFixtures.caseC08();
    private final WeeklyPlan published = c.fixture.prepare();
    private final Disruption ill = new Disruption.TutorAbsent("d-1", "T2", new Interval(0, 7200));
    private final RepairProblem problem = PlanRepairer.prepare(published, List.of(ill), c.fixture.at(MONDAY, "02:00"));
    private final ChangeManifest manifest = solveByHand();

    private ChangeManifest solveByHand() {
        WeeklyPlan plan = problem.plan();
        Map<String, Session> sessions =
                plan.getSessions().stream().collect(Collectors.toMap(Session::getId, session -> session));
        Map<String, Tutor> tutors = plan.getTutors().stream().collect(Collectors.toMap(Tutor::getId, tutor -> tutor));
        Map<String, Venue> venues = plan.getVenues().stream().collect(Collectors.toMap(Venue::getId, venue -> venue));
        place(sessions.get("G2#1"), c.fixture.at(MONDAY, "16:00"), tutors.get("T3"), venues.get("room-2"));
        place(
                sessions.get("G6#1"),
                c.fixture.at(java.time.DayOfWeek.TUESDAY, "17:00"),
                tutors.get("T4"),
                venues.get("room-1"));
        sessions.get("G5#1").setStart(c.fixture.at(WEDNESDAY, "18:00"));
        return problem.manifest(plan);
    }

    private static void place(Session session, int start, Tutor tutor, Venue venue) {
        session.setStart(start);
        session.setTutor(tutor);
        session.setVenue(venue);
    }

    private SessionChange change(String sessionId) {
        return manifest.changes().stream()
                .filter(change -> change.sessionId().equals(sessionId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void manifest_listsExactlyTheChangedSessions() {
        assertThat(manifest.sessionIds()).containsExactlyInAnyOrder("G2#1", "G5#1", "G6#1");
    }

    @Test
    void manifest_affectedSession_oldAndNewValuesAndTheDisruption() {
        SessionChange change = change("G2#1");

        assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
        assertThat(change.before()).isEqualTo(new SessionValues(c.fixture.at(MONDAY, "16:00"), "T2", "room-2"));
        assertThat(change.after()).isEqualTo(new SessionValues(c.fixture.at(MONDAY, "16:00"), "T3", "room-2"));
        assertThat(change.changedFields()).containsExactly("tutor");
        assertThat(change.disruptionIds()).containsExactly("d-1");
        assertThat(change.madeRoomFor()).isEmpty();
        assertThat(change.reason()).isEqualTo("Tutor T2 is absent Mon 00:00 to Sat 00:00 (d-1)");
        assertThat(change.describe(c.fixture.clock))
                .isEqualTo("G2#1 changed: Mon 16:00, T2, room-2 -> Mon 16:00, T3, room-2"
                        + " (Tutor T2 is absent Mon 00:00 to Sat 00:00 (d-1))");
    }

    @Test
    void manifest_unaffectedSessionThatMoved_madeRoomForTheAffectedSessionInItsVenue() {
        SessionChange change = change("G5#1");

        assertThat(change.changedFields()).containsExactly("start");
        assertThat(change.madeRoomFor()).containsExactly("G6#1");
        assertThat(change.disruptionIds()).containsExactly("d-1");
        assertThat(change.reason()).isEqualTo("moved to make room for G6#1");
    }

    @Test
    void manifest_byTutor_oldAndNewTutorsHearOfTheirChanges() {
        Map<String, List<String>> byTutor = ids(manifest.byTutor());

        assertThat(byTutor)
                .containsOnly(
                        Map.entry("T1", List.of("G5#1")),
                        Map.entry("T2", List.of("G2#1", "G6#1")),
                        Map.entry("T3", List.of("G2#1")),
                        Map.entry("T4", List.of("G6#1")));
    }

    @Test
    void manifest_byStudent_eachFamilyHearsOfItsChildsSessions() {
        assertThat(ids(manifest.byStudent()))
                .containsOnly(
                        Map.entry("G2-s", List.of("G2#1")),
                        Map.entry("G5-s", List.of("G5#1")),
                        Map.entry("G6-s", List.of("G6#1")));
    }

    @Test
    void manifest_byVenue_eachHostHearsOfItsSessions() {
        assertThat(ids(manifest.byVenue()))
                .containsOnly(Map.entry("room-1", List.of("G5#1", "G6#1")), Map.entry("room-2", List.of("G2#1")));
    }

    @Test
    void manifest_unchangedSolution_isEmpty() {
        RepairProblem nothing = PlanRepairer.prepare(published, List.of(), c.fixture.at(MONDAY, "02:00"));

        assertThat(nothing.manifest(nothing.plan()).isEmpty()).isTrue();
    }

    private static Map<String, List<String>> ids(Map<String, List<SessionChange>> grouped) {
        return grouped.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> entry.getValue().stream()
                                .map(SessionChange::sessionId)
                                .sorted()
                                .toList()));
    }
}
