package org.linli.benchmarks.peers;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBException;
import org.linli.benchmarks.itc.PeerSolver;
import org.linli.datasets.itc2007.ItcInstance;
import org.linli.datasets.itc2007.ItcSolution;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.examples.curriculumcourse.domain.CourseSchedule;
import org.optaplanner.examples.curriculumcourse.domain.Lecture;
import org.optaplanner.examples.curriculumcourse.persistence.CurriculumCourseImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The peer: OptaPlanner 8.44's curriculum-course example as published on Maven Central, with its own {@code .ctt}
 * importer and its own solver configuration (first fit decreasing, then late acceptance over change and swap moves).
 * Only the termination (the benchmark's time limit) and the random seed are set here; it runs on one thread, as its
 * configuration leaves move threads off.
 */
public final class OptaPlannerCurriculumCourse implements PeerSolver {

    static final String SOLVER_CONFIG = "org/optaplanner/examples/curriculumcourse/curriculumCourseSolverConfig.xml";

    private static final Logger LOGGER = LoggerFactory.getLogger(OptaPlannerCurriculumCourse.class);

    @Override
    public String name() {
        return "optaplanner-8.44";
    }

    @Override
    public String description() {
        return "OptaPlanner 8.44.0.Final curriculum-course example (optaplanner-examples), its own solver configuration"
                + " " + SOLVER_CONFIG + " with the benchmark's time limit and seed, one thread";
    }

    @Override
    public PeerResult solve(ItcInstance instance, URL ctt, Duration timeLimit, long seed) {
        CourseSchedule problem = new CurriculumCourseImporter().readSolution(ctt);
        SolverConfig config = publishedConfig()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit))
                .withRandomSeed(seed);
        Solver<CourseSchedule> solver =
                SolverFactory.<CourseSchedule>create(config).buildSolver();
        LOGGER.info(
                "Peer solve started: peer ({}), instance ({}), lectures ({}), time limit ({}), seed ({}).",
                name(),
                instance.name(),
                problem.getLectureList().size(),
                timeLimit,
                seed);
        long startNanos = System.nanoTime();

        CourseSchedule best = solver.solve(problem);

        long millisSpent = (System.nanoTime() - startNanos) / 1_000_000;
        LOGGER.info(
                "Peer solve ended: peer ({}), instance ({}), own score ({}), time spent ({} ms).",
                name(),
                instance.name(),
                best.getScore(),
                millisSpent);
        return new PeerResult(toSolution(best), millisSpent, String.valueOf(best.getScore()));
    }

    /**
     * The example's solver configuration, read from its jar with JAXB. OptaPlanner's own reader would first validate it
     * against {@code solver.xsd} found on the class path, and Timefold ships a different {@code solver.xsd} at the same
     * path, so that check fails on a class path holding both; the file itself is read unchanged.
     */
    static SolverConfig publishedConfig() {
        URL resource = OptaPlannerCurriculumCourse.class.getClassLoader().getResource(SOLVER_CONFIG);
        if (resource == null) {
            throw new IllegalStateException("The peer's solver configuration (" + SOLVER_CONFIG
                    + ") is not on the class" + " path. Build with -Ppeers so that optaplanner-examples is there.");
        }
        try {
            return (SolverConfig) JAXBContext.newInstance(SolverConfig.class)
                    .createUnmarshaller()
                    .unmarshal(resource);
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot read the peer's solver configuration (" + SOLVER_CONFIG + ").", e);
        }
    }

    /** The peer's timetable in ITC2007 terms; a lecture the peer left without a period or a room is left out. */
    static ItcSolution toSolution(CourseSchedule schedule) {
        List<ItcSolution.Assignment> assignments = new ArrayList<>();
        for (Lecture lecture : schedule.getLectureList()) {
            if (lecture.getPeriod() == null || lecture.getRoom() == null) {
                continue;
            }
            assignments.add(new ItcSolution.Assignment(
                    lecture.getCourse().getCode(),
                    lecture.getRoom().getCode(),
                    lecture.getPeriod().getDay().getDayIndex(),
                    lecture.getPeriod().getTimeslot().getTimeslotIndex()));
        }
        return new ItcSolution(assignments);
    }
}
