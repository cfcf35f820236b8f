package org.linli.datasets.generator;

import java.util.List;
import org.linli.format.Session;
import org.linli.format.WeeklyPlan;

/**
 * A generated plan and the timetable the generator placed while generating it, which keeps every hard rule: proof
 * that the plan is feasible, and a baseline a solver's result can be compared with.
 *
 * @param plan the problem: facts only, no sessions, so each group gets its default sessions {@code <groupId>#n}
 * @param reference the generator's timetable, one session per default session, with the same ids
 * @param droppedSessions sessions the generator could not place and so left out of their groups
 * @param withdrawnEnrolments children the generator withdrew from a group whose session did not fit their week
 * @param extendedTeachers times a teacher was given one more day of availability so that a session fits
 */
public record GeneratedPlan(
        WeeklyPlan plan, List<Session> reference, int droppedSessions, int withdrawnEnrolments, int extendedTeachers) {

    public GeneratedPlan {
        reference = List.copyOf(reference);
    }
}
