package org.linli.datasets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linli.format.RuleWeight;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.PlanDraft;
import org.linli.solver.domain.PlanPreparation;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.WeekClock;
import org.linli.solver.rules.Rule;

/**
 * Maps plans between the file format ({@code org.linli.format}) and the solver's model. Going in, every problem of a
 * plan is found and reported at once, with its JSON path, before anything reaches the solver. Coming out, the
 * original plan is copied whole and only its sessions and score are replaced, so no fact is lost on the way.
 */
public final class PlanMapper {

    private PlanMapper() {}

    /**
     * Checks a plan of the format and reads its facts and listed sessions into a draft.
     *
     * @throws PlanValidationException listing every problem of the plan
     */
    public static PlanDraft toDraft(org.linli.format.WeeklyPlan plan) {
        return DraftReader.read(plan);
    }

    /**
     * Checks a plan of the format and prepares the model the solver searches: cohorts, travel times, the sessions of
     * groups that list none, and value ranges.
     *
     * @throws PlanValidationException listing every problem of the plan
     */
    public static org.linli.solver.domain.WeeklyPlan toModel(org.linli.format.WeeklyPlan plan) {
        PlanDraft draft = toDraft(plan);
        try {
            return PlanPreparation.prepare(draft);
        } catch (IllegalArgumentException e) {
            throw new PlanValidationException(preparationProblem(plan, e));
        }
    }

    /**
     * The original plan with its sessions replaced by the solved ones and its score set: a deep copy, so the original
     * is left as it is. Sessions come in the original's order, then the generated ones by their group's order.
     */
    public static org.linli.format.WeeklyPlan toFormat(
            org.linli.format.WeeklyPlan original, org.linli.solver.domain.WeeklyPlan solved) {
        // Through a tree, never convertValue, which may hand back the original itself.
        org.linli.format.WeeklyPlan copy = PlanJson.mapper()
                .treeToValue(PlanJson.mapper().valueToTree(original), org.linli.format.WeeklyPlan.class);
        WeekClock clock = solved.getClock();
        List<org.linli.format.Session> sessions = new ArrayList<>();
        for (Session session : inStableOrder(original, solved)) {
            sessions.add(toFormat(session, clock));
        }
        copy.setSessions(sessions);
        copy.setScore(solved.getScore() == null ? null : solved.getScore().toString());
        return copy;
    }

    private static org.linli.format.Session toFormat(Session session, WeekClock clock) {
        org.linli.format.Session out = new org.linli.format.Session()
                .id(session.getId())
                .group(session.getGroup().getId())
                .pinned(session.isPinned());
        if (session.getStart() != null) {
            out.start(WeekTimes.format(clock, session.getStart())).end(WeekTimes.format(clock, session.getEnd()));
        }
        if (session.getTutor() != null) {
            out.tutor(session.getTutor().getId());
        }
        if (session.getVenue() != null) {
            out.venue(session.getVenue().getId());
        }
        return out;
    }

    /** The original's listed sessions in their order, then the others by their group's order, each group's in turn. */
    private static List<Session> inStableOrder(
            org.linli.format.WeeklyPlan original, org.linli.solver.domain.WeeklyPlan solved) {
        Map<String, Integer> listedIndex = new HashMap<>();
        List<org.linli.format.Session> listed = original.getSessions() == null ? List.of() : original.getSessions();
        for (int i = 0; i < listed.size(); i++) {
            listedIndex.putIfAbsent(listed.get(i).getId(), i);
        }
        Map<Group, Integer> groupIndex = new HashMap<>();
        for (int i = 0; i < solved.getGroups().size(); i++) {
            groupIndex.put(solved.getGroups().get(i), i);
        }
        Map<Session, Integer> solvedIndex = new HashMap<>();
        for (int i = 0; i < solved.getSessions().size(); i++) {
            solvedIndex.put(solved.getSessions().get(i), i);
        }
        Comparator<Session> order = Comparator.comparingInt(
                        (Session session) -> listedIndex.getOrDefault(session.getId(), Integer.MAX_VALUE))
                .thenComparingInt(session -> groupIndex.getOrDefault(session.getGroup(), Integer.MAX_VALUE))
                .thenComparingInt(solvedIndex::get);
        return solved.getSessions().stream().sorted(order).toList();
    }

    /** The problem a preparation reported, at the rule weight it concerns when it names an unknown rule. */
    private static PlanProblem preparationProblem(org.linli.format.WeeklyPlan plan, IllegalArgumentException e) {
        List<RuleWeight> weights = plan.getRuleWeights() == null ? List.of() : plan.getRuleWeights();
        for (int i = 0; i < weights.size(); i++) {
            String rule = weights.get(i).getRule();
            if (rule != null && Rule.byTitle(rule).isEmpty()) {
                return new PlanProblem("$.ruleWeights[" + i + "].rule", DraftReader.unknownRuleMessage(rule));
            }
        }
        return new PlanProblem("$", "The plan cannot be prepared (" + e.getMessage() + "); fix the value it names.");
    }
}
