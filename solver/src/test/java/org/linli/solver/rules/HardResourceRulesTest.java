package org.linli.solver.rules;

import static java.time.DayOfWeek.MONDAY;
import static org.linli.solver.rules.RuleVerifier.VERIFIER;
import static org.linli.solver.rules.RuleVerifier.facts;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.Qualification;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.TutorKind;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;

/** The hard rules about who teaches and where: certification, fixed tutors, sites, capacity and features. */
class HardResourceRulesTest {

    private final PlanFixture fixture = new PlanFixture();
    private final Track track = fixture.track("enrichment", false, 15, fixture.always());
    private final Track certifiedTrack = fixture.track("knowledge", true, 15, fixture.always());
    private final Site site = fixture.site("site-1");
    private final Site otherSite = fixture.site("site-2");
    private final Venue room = fixture.venue("room-1", site, 20);
    private final Venue otherRoom = fixture.venue("room-2", otherSite, 20);
    private final Student third = fixture.student("st-3", 3);
    private final Student fifth = fixture.student("st-5", 5);

    private int monday(String time) {
        return fixture.at(MONDAY, time);
    }

    private Tutor tutor(String id, TutorKind kind, List<Qualification> qualifications, Set<Site> sites) {
        return fixture.tutor(id, kind, qualifications, fixture.always(), null, null, sites);
    }

    private Tutor certified(String id, Qualification qualification) {
        return tutor(id, TutorKind.CERTIFIED_TUTOR, List.of(qualification), Set.of());
    }

    // ************************************************************************
    // Tutor certification
    // ************************************************************************

    /** Maths for grades 3 to 5. */
    private Group maths(Track mathsTrack) {
        return fixture.group("maths", mathsTrack, "math", 1, 60, List.of(third, fifth));
    }

    @Test
    void tutorCertification_tutorWithoutTheCertificationPenalizesOneSession() {
        Tutor reader = certified("t-reading", new Qualification("reading", 1, 6));
        Session session = fixture.session("maths#1", maths(track), monday("16:00"), reader, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorCertification)
                .given(facts(plan))
                .justifiesWith("t-reading holds no math", new Violations.TutorCertification(session, reader))
                .penalizesBy("one uncertified session", 1);
    }

    @Test
    void tutorCertification_gradeBandTooNarrowPenalizes() {
        Tutor lower = certified("t-lower", new Qualification("math", 1, 4));
        fixture.session("maths#1", maths(track), monday("16:00"), lower, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorCertification)
                .given(facts(plan))
                .penalizesBy("math 1-4 does not cover the group's grades 3-5", 1);
    }

    @Test
    void tutorCertification_gradeBandExactlyTheGroupsIsFine() {
        Tutor exact = certified("t-exact", new Qualification("math", 3, 5));
        fixture.session("maths#1", maths(track), monday("16:00"), exact, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorCertification)
                .given(facts(plan))
                .hasNoImpact("math 3-5 covers grades 3-5, both ends included");
    }

    @Test
    void tutorCertification_partnerInstructorOnACertifiedOnlyTrackPenalizes() {
        Tutor instructor =
                tutor("t-partner", TutorKind.PARTNER_INSTRUCTOR, List.of(new Qualification("math", 1, 6)), Set.of());
        Session session = fixture.session("maths#1", maths(certifiedTrack), monday("16:00"), instructor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorCertification)
                .given(facts(plan))
                .justifiesWith(
                        "knowledge needs a certified tutor", new Violations.TutorCertification(session, instructor))
                .penalizesBy("a partner instructor on the knowledge track", 1);
    }

    @Test
    void tutorCertification_partnerInstructorOnAnOpenTrackWithoutCertificationIsFine() {
        Tutor instructor = tutor("t-partner", TutorKind.PARTNER_INSTRUCTOR, List.of(), Set.of());
        Group chess = fixture.group("chess", track, null, 1, 60, List.of(third));
        fixture.session("chess#1", chess, monday("16:00"), instructor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorCertification)
                .given(facts(plan))
                .hasNoImpact("chess needs no certification and its track is open");
    }

    @Test
    void tutorCertification_sessionWithoutTutorIsIgnored() {
        fixture.session("maths#1", maths(certifiedTrack), monday("16:00"), null, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorCertification)
                .given(facts(plan))
                .hasNoImpact("no tutor");
    }

    // ************************************************************************
    // Fixed tutor
    // ************************************************************************

    private Group fixedTo(Tutor tutor) {
        return fixture.group(
                "fixed", track, null, 1, 60, List.of(third), Set.of(), 0, tutor, IntervalSet.empty(), Set.of());
    }

    @Test
    void fixedTutor_anotherTutorPenalizesOneSession() {
        Tutor mei = fixture.tutor("t-mei", "math");
        Tutor lin = fixture.tutor("t-lin", "math");
        Session session = fixture.session("fixed#1", fixedTo(mei), monday("16:00"), lin, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::fixedTutor)
                .given(facts(plan))
                .justifiesWith("t-lin is not t-mei", new Violations.FixedTutor(session, lin))
                .penalizesBy("one session with the wrong tutor", 1);
    }

    @Test
    void fixedTutor_theFixedTutorIsFine() {
        Tutor mei = fixture.tutor("t-mei", "math");
        fixture.session("fixed#1", fixedTo(mei), monday("16:00"), mei, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::fixedTutor)
                .given(facts(plan))
                .hasNoImpact("t-mei teaches her group");
    }

    @Test
    void fixedTutor_groupWithoutFixedTutorOrSessionWithoutTutorIsIgnored() {
        Tutor mei = fixture.tutor("t-mei", "math");
        Tutor lin = fixture.tutor("t-lin", "math");
        Group open = fixture.group("open", track, null, 1, 60, List.of(third));
        fixture.session("open#1", open, monday("16:00"), lin, room);
        fixture.session("fixed#1", fixedTo(mei), monday("16:00"), null, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::fixedTutor)
                .given(facts(plan))
                .hasNoImpact("open has no fixed tutor and fixed#1 no tutor yet");
    }

    // ************************************************************************
    // Tutor site
    // ************************************************************************

    @Test
    void tutorSite_venueAtAnotherSitePenalizesOneSession() {
        Tutor local = tutor("t-local", TutorKind.CERTIFIED_TUTOR, List.of(), Set.of(site));
        Group chess = fixture.group("chess", track, null, 1, 60, List.of(third));
        Session session = fixture.session("chess#1", chess, monday("16:00"), local, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorSite)
                .given(facts(plan))
                .justifiesWith("t-local works at site-1 only", new Violations.TutorSite(session, local, otherSite))
                .penalizesBy("room-2 is at site-2", 1);
    }

    @Test
    void tutorSite_venueAtTheTutorsSiteOrTutorWorkingAnywhereIsFine() {
        Tutor local = tutor("t-local", TutorKind.CERTIFIED_TUTOR, List.of(), Set.of(site));
        Tutor anywhere = tutor("t-anywhere", TutorKind.CERTIFIED_TUTOR, List.of(), Set.of());
        Group chess = fixture.group("chess", track, null, 2, 60, List.of(third));
        fixture.session("chess#1", chess, monday("16:00"), local, room);
        fixture.session("chess#2", chess, monday("17:00"), anywhere, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorSite)
                .given(facts(plan))
                .hasNoImpact("site-1 for t-local, any site for t-anywhere");
    }

    @Test
    void tutorSite_sessionWithoutVenueOrTutorIsIgnored() {
        Tutor local = tutor("t-local", TutorKind.CERTIFIED_TUTOR, List.of(), Set.of(site));
        Group chess = fixture.group("chess", track, null, 2, 60, List.of(third));
        fixture.session("chess#1", chess, monday("16:00"), local, null);
        fixture.session("chess#2", chess, monday("17:00"), null, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorSite)
                .given(facts(plan))
                .hasNoImpact("chess#1 has no venue and chess#2 no tutor");
    }

    // ************************************************************************
    // Group site
    // ************************************************************************

    private Group meetingAt(Set<Site> sites) {
        return fixture.group(
                "local", track, null, 2, 60, List.of(third), Set.of(), 0, null, IntervalSet.empty(), sites);
    }

    @Test
    void groupSite_venueAtAnotherSitePenalizesOneSession() {
        Tutor tutor = fixture.tutor("t-1", "math");
        Session session = fixture.session("local#1", meetingAt(Set.of(site)), monday("16:00"), tutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::groupSite)
                .given(facts(plan))
                .justifiesWith("local meets at site-1 only", new Violations.GroupSite(session, otherRoom))
                .penalizesBy("room-2 is at site-2", 1);
    }

    @Test
    void groupSite_venueAtAnAllowedSiteOrGroupMeetingAnywhereIsFine() {
        Tutor tutor = fixture.tutor("t-1", "math");
        fixture.session("local#1", meetingAt(Set.of(site)), monday("16:00"), tutor, room);
        Group anywhere = fixture.group("anywhere", track, null, 1, 60, List.of(third));
        fixture.session("anywhere#1", anywhere, monday("17:00"), tutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::groupSite)
                .given(facts(plan))
                .hasNoImpact("site-1 for local, any site for anywhere");
    }

    @Test
    void groupSite_sessionWithoutVenueIsIgnored() {
        Tutor tutor = fixture.tutor("t-1", "math");
        fixture.session("local#1", meetingAt(Set.of(site)), monday("16:00"), tutor, null);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::groupSite)
                .given(facts(plan))
                .hasNoImpact("no venue");
    }

    // ************************************************************************
    // Venue capacity
    // ************************************************************************

    private Group groupOf(int size) {
        List<Student> members = IntStream.rangeClosed(1, size)
                .mapToObj(i -> fixture.student("member-" + i, 4))
                .toList();
        return fixture.group("big", track, null, 1, 60, members);
    }

    @Test
    void venueCapacity_groupLargerThanVenuePenalizesSeatsShort() {
        Venue small = fixture.venue("small", site, 10);
        Tutor tutor = fixture.tutor("t-1", "math");
        Session session = fixture.session("big#1", groupOf(12), monday("16:00"), tutor, small);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::venueCapacity)
                .given(facts(plan))
                .justifiesWith("12 in 10 seats", new Violations.VenueCapacity(session, small, 2))
                .penalizesBy("2 seats short", 2);
    }

    @Test
    void venueCapacity_groupFillingEverySeatIsFine() {
        Venue exact = fixture.venue("exact", site, 12);
        Tutor tutor = fixture.tutor("t-1", "math");
        fixture.session("big#1", groupOf(12), monday("16:00"), tutor, exact);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::venueCapacity)
                .given(facts(plan))
                .hasNoImpact("12 in 12 seats");
    }

    @Test
    void venueCapacity_sessionWithoutVenueIsIgnored() {
        Tutor tutor = fixture.tutor("t-1", "math");
        fixture.session("big#1", groupOf(30), monday("16:00"), tutor, null);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::venueCapacity)
                .given(facts(plan))
                .hasNoImpact("no venue");
    }

    // ************************************************************************
    // Venue features
    // ************************************************************************

    private Group needing(Set<String> features) {
        return fixture.group(
                "lab", track, null, 1, 60, List.of(third), features, 0, null, IntervalSet.empty(), Set.of());
    }

    @Test
    void venueFeatures_venueLackingOneFeaturePenalizesIt() {
        Venue classroom = fixture.venue("classroom", site, 20, Set.of("projector"), fixture.always());
        Tutor tutor = fixture.tutor("t-1", "math");
        Session session =
                fixture.session("lab#1", needing(Set.of("projector", "sink")), monday("16:00"), tutor, classroom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::venueFeatures)
                .given(facts(plan))
                .justifiesWith("no sink", new Violations.VenueFeatures(session, classroom, List.of("sink")))
                .penalizesBy("one missing feature", 1);
    }

    @Test
    void venueFeatures_venueLackingEveryFeaturePenalizesEachSorted() {
        Venue bare = fixture.venue("bare", site, 20, Set.of(), fixture.always());
        Tutor tutor = fixture.tutor("t-1", "math");
        Session session = fixture.session("lab#1", needing(Set.of("sink", "projector")), monday("16:00"), tutor, bare);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::venueFeatures)
                .given(facts(plan))
                .justifiesWith(
                        "missing features in name order",
                        new Violations.VenueFeatures(session, bare, List.of("projector", "sink")))
                .penalizesBy("two missing features", 2);
    }

    @Test
    void venueFeatures_venueWithEveryFeatureAndMoreIsFine() {
        Venue lab = fixture.venue("lab-room", site, 20, Set.of("projector", "sink", "piano"), fixture.always());
        Tutor tutor = fixture.tutor("t-1", "math");
        fixture.session("lab#1", needing(Set.of("projector", "sink")), monday("16:00"), tutor, lab);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::venueFeatures)
                .given(facts(plan))
                .hasNoImpact("every feature is there");
    }

    @Test
    void venueFeatures_sessionWithoutVenueIsIgnored() {
        Tutor tutor = fixture.tutor("t-1", "math");
        fixture.session("lab#1", needing(Set.of("projector", "sink")), monday("16:00"), tutor, null);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::venueFeatures)
                .given(facts(plan))
                .hasNoImpact("no venue");
    }
}
