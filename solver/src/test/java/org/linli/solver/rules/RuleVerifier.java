package org.linli.solver.rules;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import ai.timefold.solver.core.api.score.stream.test.SingleConstraintVerification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.WeeklyPlan;

/**
 * The one {@link ConstraintVerifier} of the rule tests, and a way to reach each rule's constraint by its {@link Rule}
 * from tests outside this package (the rule methods are package-private). Building a verifier compiles the rules, so
 * the tests share one.
 */
public final class RuleVerifier {

    static final ConstraintVerifier<LinliConstraintProvider, WeeklyPlan> VERIFIER =
            ConstraintVerifier.build(new LinliConstraintProvider(), WeeklyPlan.class, Session.class);

    private RuleVerifier() {}

    /** Verifies one rule on its own, e.g. {@code verifyThat(Rule.STUDENT_CONFLICT).given(facts(plan))}. */
    public static SingleConstraintVerification<WeeklyPlan> verifyThat(Rule rule) {
        return VERIFIER.verifyThat(constraintOf(rule));
    }

    /** Everything the rules read from a prepared plan: its sessions, its cohort memberships and its settings. */
    public static Object[] facts(WeeklyPlan plan) {
        List<Object> facts = new ArrayList<>(plan.getSessions());
        facts.addAll(plan.getMemberships());
        facts.add(plan.getSettings());
        return facts.toArray();
    }

    /** The provider's method of each rule; the switch has no default, so a new rule must be added here. */
    static BiFunction<LinliConstraintProvider, ConstraintFactory, Constraint> constraintOf(Rule rule) {
        return switch (rule) {
            case TUTOR_CONFLICT -> LinliConstraintProvider::tutorConflict;
            case TUTOR_TRAVEL_TIME -> LinliConstraintProvider::tutorTravelTime;
            case VENUE_CONFLICT -> LinliConstraintProvider::venueConflict;
            case STUDENT_CONFLICT -> LinliConstraintProvider::studentConflict;
            case SCHOOL_TIME -> LinliConstraintProvider::schoolTime;
            case TRACK_WINDOW -> LinliConstraintProvider::trackWindow;
            case TUTOR_AVAILABILITY -> LinliConstraintProvider::tutorAvailability;
            case VENUE_AVAILABILITY -> LinliConstraintProvider::venueAvailability;
            case GROUP_BLOCKED_TIME -> LinliConstraintProvider::groupBlockedTime;
            case TUTOR_CERTIFICATION -> LinliConstraintProvider::tutorCertification;
            case FIXED_TUTOR -> LinliConstraintProvider::fixedTutor;
            case TUTOR_SITE -> LinliConstraintProvider::tutorSite;
            case GROUP_SITE -> LinliConstraintProvider::groupSite;
            case VENUE_CAPACITY -> LinliConstraintProvider::venueCapacity;
            case VENUE_FEATURES -> LinliConstraintProvider::venueFeatures;
            case TUTOR_DAILY_LIMIT -> LinliConstraintProvider::tutorDailyLimit;
            case TUTOR_WEEKLY_LIMIT -> LinliConstraintProvider::tutorWeeklyLimit;
            case UNASSIGNED_SESSION -> LinliConstraintProvider::unassignedSession;
            case MINIMUM_DAYS -> LinliConstraintProvider::minimumDays;
            case TUTOR_STABILITY -> LinliConstraintProvider::tutorStability;
            case VENUE_STABILITY -> LinliConstraintProvider::venueStability;
            case ISOLATED_SESSION -> LinliConstraintProvider::isolatedSession;
            case STUDENT_IDLE_TIME -> LinliConstraintProvider::studentIdleTime;
            case TUTOR_TRAVEL -> LinliConstraintProvider::tutorTravel;
            case PARTNER_QUOTA -> LinliConstraintProvider::partnerQuota;
            case PARTNER_COST -> LinliConstraintProvider::partnerCost;
            case TUTOR_LOAD_BALANCE -> LinliConstraintProvider::tutorLoadBalance;
            case PUBLISHED_PLAN_CHANGE -> LinliConstraintProvider::publishedPlanChange;
        };
    }
}
