package org.linli.solver.rules;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.linli.solver.rules.RuleVerifier.VERIFIER;
import static org.linli.solver.rules.RuleVerifier.facts;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.TravelTable;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;

/** The soft rules about cost and fairness: tutor travel, partner quotas and costs, and tutor load balance. */
class SoftCostRulesTest {

    private final PlanFixture fixture = new PlanFixture();
    private final Track track = fixture.track("enrichment", false, 15, fixture.always());
    private final Site site = fixture.site("site-1");
    private final Site farSite = fixture.site("site-2");
    private final Venue room = fixture.venue("room-1", site, 20);
    private final Venue otherRoom = fixture.venue("room-2", site, 20);
    private final Venue farRoom = fixture.venue("room-far", farSite, 20);
    private final Tutor tutor = fixture.tutor("t-1", "math");
    private final Tutor otherTutor = fixture.tutor("t-2", "math");
    private final Group sixty = fixture.group("sixty", track, null, 3, 60, List.of());
    private final Group ninety = fixture.group("ninety", track, null, 2, 90, List.of());

    private int monday(String time) {
        return fixture.at(MONDAY, time);
    }

    // ************************************************************************
    // Tutor travel
    // ************************************************************************

    private void travelMinutes(int minutes) {
        fixture.travelMinutes.put(TravelTable.pairKey(site.getId(), farSite.getId()), minutes);
    }

    @Test
    void tutorTravel_tripsBetweenSitesPenalizeTravelMinutes() {
        travelMinutes(30);
        fixture.session("a", sixty, monday("16:00"), tutor, room);
        fixture.session("b", sixty, monday("17:30"), tutor, farRoom);
        fixture.session("c", sixty, monday("19:00"), tutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorTravel)
                .given(facts(plan))
                .justifiesWith("there and back", new Violations.TutorTravel(tutor, 0, 60))
                .penalizesBy("site-1 to site-2 and back, 30 minutes each way", 60);
    }

    @Test
    void tutorTravel_sameSiteAllDayIsFine() {
        travelMinutes(30);
        fixture.session("a", sixty, monday("16:00"), tutor, room);
        fixture.session("b", sixty, monday("17:00"), tutor, otherRoom);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorTravel)
                .given(facts(plan))
                .hasNoImpact("both rooms are at site-1");
    }

    @Test
    void tutorTravel_otherDaysOtherTutorsOrNoVenueNeedNoTrip() {
        travelMinutes(30);
        fixture.session("a", sixty, monday("16:00"), tutor, room);
        fixture.session("b", sixty, fixture.at(TUESDAY, "16:00"), tutor, farRoom);
        fixture.session("c", sixty, monday("18:00"), otherTutor, farRoom);
        fixture.session("d", ninety, monday("18:00"), tutor, null);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorTravel)
                .given(facts(plan))
                .hasNoImpact("b is on Tuesday, c has another tutor, d no venue");
    }

    // ************************************************************************
    // Partner quota
    // ************************************************************************

    @Test
    void partnerQuota_minutesOverTheQuotaPenalize() {
        Venue library = fixture.partnerVenue("library", site, 20, "city-library", 120, 0.0);
        fixture.session("ninety#1", ninety, monday("16:00"), tutor, library);
        fixture.session("ninety#2", ninety, fixture.at(TUESDAY, "16:00"), tutor, library);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::partnerQuota)
                .given(facts(plan))
                .justifiesWith("180 minutes booked", new Violations.PartnerQuota(library, 180))
                .penalizesBy("180 minutes is 60 over the quota of 120", 60);
    }

    @Test
    void partnerQuota_exactQuotaIsFine() {
        Venue library = fixture.partnerVenue("library", site, 20, "city-library", 120, 0.0);
        fixture.session("sixty#1", sixty, monday("16:00"), tutor, library);
        fixture.session("sixty#2", sixty, fixture.at(TUESDAY, "16:00"), tutor, library);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::partnerQuota)
                .given(facts(plan))
                .hasNoImpact("120 minutes is the quota itself");
    }

    @Test
    void partnerQuota_sessionWithoutStartOrVenueWithoutQuotaIsIgnored() {
        Venue library = fixture.partnerVenue("library", site, 20, "city-library", 120, 0.0);
        Venue bookshop = fixture.partnerVenue("bookshop", site, 20, "bookshop", null, 0.0);
        fixture.session("ninety#1", ninety, monday("16:00"), tutor, library);
        fixture.session("ninety#2", ninety, null, tutor, library);
        fixture.session("sixty#1", sixty, monday("16:00"), otherTutor, bookshop);
        fixture.session("sixty#2", sixty, monday("17:00"), otherTutor, bookshop);
        fixture.session("sixty#3", sixty, monday("18:00"), otherTutor, bookshop);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::partnerQuota)
                .given(facts(plan))
                .hasNoImpact("ninety#2 has no start; the bookshop has no quota");
    }

    // ************************************************************************
    // Partner cost
    // ************************************************************************

    @Test
    void partnerCost_paidVenuePenalizesItsCostRoundedUpPerSession() {
        Venue studio = fixture.partnerVenue("studio", site, 20, "dance-studio", null, 10.0);
        Group fortyFive = fixture.group("forty-five", track, null, 1, 45, List.of());
        Session long90 = fixture.session("ninety#1", ninety, monday("16:00"), tutor, studio);
        fixture.session("forty-five#1", fortyFive, monday("18:00"), tutor, studio);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::partnerCost)
                .given(facts(plan))
                .justifiesWith("90 minutes at 10 an hour", new Violations.PartnerCost(long90, studio, 15))
                .penalizesBy("15 for 90 minutes plus 7.5 rounded up to 8 for 45 minutes", 23);
    }

    @Test
    void partnerCost_freeVenueIsFine() {
        Venue library = fixture.partnerVenue("library", site, 20, "city-library", null, 0.0);
        fixture.session("ninety#1", ninety, monday("16:00"), tutor, library);
        fixture.session("ninety#2", ninety, monday("18:00"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::partnerCost)
                .given(facts(plan))
                .hasNoImpact("the library and room-1 cost nothing");
    }

    @Test
    void partnerCost_sessionWithoutStartOrVenueIsIgnored() {
        Venue studio = fixture.partnerVenue("studio", site, 20, "dance-studio", null, 10.0);
        fixture.session("ninety#1", ninety, null, tutor, studio);
        fixture.session("ninety#2", ninety, monday("18:00"), tutor, null);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::partnerCost)
                .given(facts(plan))
                .hasNoImpact("ninety#1 is not booked yet and ninety#2 has no venue");
    }

    // ************************************************************************
    // Tutor load balance
    // ************************************************************************

    @Test
    void tutorLoadBalance_unevenLoadsPenalizeTheirUnfairness() {
        fixture.session("sixty#1", sixty, monday("16:00"), tutor, room);
        fixture.session("sixty#2", sixty, monday("17:00"), otherTutor, room);
        fixture.session("sixty#3", sixty, monday("18:00"), otherTutor, room);
        WeeklyPlan plan = fixture.prepare();

        // Loads 60 and 120 around a mean of 90: sqrt(30^2 + 30^2) = 42.4, counted in whole minutes.
        VERIFIER.verifyThat(LinliConstraintProvider::tutorLoadBalance)
                .given(facts(plan))
                .justifiesWith(
                        "t-1 teaches 60, t-2 120",
                        new Violations.TutorLoadBalance(Map.of(tutor, 60L, otherTutor, 120L), 42))
                .penalizesBy("unfairness 42", 42);
    }

    @Test
    void tutorLoadBalance_equalLoadsAreFine() {
        fixture.session("ninety#1", ninety, monday("16:00"), tutor, room);
        fixture.session("sixty#1", sixty, monday("16:00"), otherTutor, otherRoom);
        fixture.session("ninety#2", ninety, fixture.at(TUESDAY, "16:00"), otherTutor, otherRoom);
        fixture.session("sixty#2", sixty, fixture.at(TUESDAY, "16:00"), tutor, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorLoadBalance)
                .given(facts(plan))
                .hasNoImpact("150 minutes each");
    }

    @Test
    void tutorLoadBalance_sessionWithoutStartOrTutorIsIgnored() {
        fixture.session("sixty#1", sixty, monday("16:00"), tutor, room);
        fixture.session("sixty#2", sixty, null, otherTutor, room);
        fixture.session("sixty#3", sixty, monday("18:00"), null, room);
        WeeklyPlan plan = fixture.prepare();

        VERIFIER.verifyThat(LinliConstraintProvider::tutorLoadBalance)
                .given(facts(plan))
                .hasNoImpact("only t-1 teaches a timed session");
    }
}
