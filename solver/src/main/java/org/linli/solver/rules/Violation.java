package org.linli.solver.rules;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.List;
import org.linli.solver.domain.WeekClock;

/**
 * What one match of a rule is about, in words: each rule justifies its matches with a record that names the sessions,
 * tutors, venues and students involved, so the plan's explanation can say what is wrong and with whom.
 */
public interface Violation extends ConstraintJustification {

    /** A sentence a planner can read, with times in the plan's week. */
    String describe(WeekClock clock);

    /** The ids of the sessions involved. */
    List<String> sessionIds();

    default List<String> tutorIds() {
        return List.of();
    }

    default List<String> venueIds() {
        return List.of();
    }

    /** The ids of the students involved (a cohort's members). */
    default List<String> studentIds() {
        return List.of();
    }
}
