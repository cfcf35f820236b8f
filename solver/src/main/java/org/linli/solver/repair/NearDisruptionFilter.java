package org.linli.solver.repair;

import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.WeeklyPlan;

/**
 * Lets the repair's focused search move only the sessions near a disruption (see {@link
 * org.linli.solver.domain.Baseline#nearDisruption()}) and new sessions, so that its moves are spent where the
 * disruptions are instead of on the hundreds of sessions far from them.
 */
public final class NearDisruptionFilter implements SelectionFilter<WeeklyPlan, Session> {

    @Override
    public boolean accept(ScoreDirector<WeeklyPlan> scoreDirector, Session session) {
        return session.getBaseline() == null || session.getBaseline().nearDisruption();
    }
}
