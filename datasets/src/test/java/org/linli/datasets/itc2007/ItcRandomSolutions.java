package org.linli.datasets.itc2007;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random timetables for comparing the engine's score with the official one: each lecture lands in a random
 * period its course is available in and a random room, or is left out with a given probability. Random timetables
 * are full of clashes, over-full rooms and isolated lectures, so they exercise every counting rule. Periods in which a
 * course is unavailable are never drawn: the engine cannot score such a lecture (see {@code ItcEngineScoreTest}).
 */
final class ItcRandomSolutions {

    private ItcRandomSolutions() {}

    /** Each course's lectures in distinct periods, so no course is taught twice in one period. */
    static ItcSolution withDistinctPeriods(ItcInstance instance, long seed, double leftOut) {
        return generate(instance, new Random(seed), leftOut, true);
    }

    /** Each lecture in any available period, so a course may be taught twice in one period. */
    static ItcSolution withAnyPeriods(ItcInstance instance, long seed, double leftOut) {
        return generate(instance, new Random(seed), leftOut, false);
    }

    /** The courses of the instance that have no lecture in the solution. */
    static List<ItcInstance.Course> coursesWithoutLectures(ItcInstance instance, ItcSolution solution) {
        Set<String> taught = new HashSet<>();
        solution.assignments().forEach(lecture -> taught.add(lecture.courseId()));
        return instance.courses().stream()
                .filter(course -> !taught.contains(course.id()))
                .toList();
    }

    private static ItcSolution generate(ItcInstance instance, Random random, double leftOutChance, boolean distinct) {
        List<ItcSolution.Assignment> lectures = new ArrayList<>();
        for (ItcInstance.Course course : instance.courses()) {
            List<Integer> periods = availablePeriods(instance, course);
            Collections.shuffle(periods, random);
            for (int i = 0; i < course.lectures(); i++) {
                boolean leftOut = random.nextDouble() < leftOutChance;
                int period = distinct ? periods.get(i % periods.size()) : periods.get(random.nextInt(periods.size()));
                String room = instance.rooms()
                        .get(random.nextInt(instance.rooms().size()))
                        .id();
                if (!leftOut && (!distinct || i < periods.size())) {
                    lectures.add(new ItcSolution.Assignment(
                            course.id(), room, period / instance.periodsPerDay(), period % instance.periodsPerDay()));
                }
            }
        }
        return new ItcSolution(lectures);
    }

    /** The week's periods, as {@code day * periodsPerDay + period}, in which the course is not unavailable. */
    private static List<Integer> availablePeriods(ItcInstance instance, ItcInstance.Course course) {
        Set<Integer> unavailable = new HashSet<>();
        for (ItcInstance.Unavailability u : instance.unavailabilities()) {
            if (u.courseId().equals(course.id())) {
                unavailable.add(u.day() * instance.periodsPerDay() + u.period());
            }
        }
        List<Integer> periods = new ArrayList<>();
        for (int p = 0; p < instance.periods(); p++) {
            if (!unavailable.contains(p)) {
                periods.add(p);
            }
        }
        return periods;
    }
}
