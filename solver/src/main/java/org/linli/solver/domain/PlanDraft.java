package org.linli.solver.domain;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;
import java.util.Map;

/**
 * The facts and sessions of a plan as read from its file or request, before {@link PlanPreparation} derives cohorts,
 * travel times and value ranges from them.
 *
 * @param settings the plan-wide rule settings; null means {@link PlanSettings#DEFAULT}
 * @param sessions the listed sessions; a group with none listed gets {@code sessionsPerWeek} new ones
 * @param ruleWeights per-plan weight overrides by rule name
 */
public record PlanDraft(
        String id,
        String name,
        WeekClock clock,
        PlanSettings settings,
        List<Track> tracks,
        List<Site> sites,
        TravelTable travel,
        List<Venue> venues,
        List<Tutor> tutors,
        List<Student> students,
        List<Group> groups,
        List<Session> sessions,
        Map<String, HardMediumSoftScore> ruleWeights) {}
