package org.linli.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.linli.datasets.PlanJson;
import org.linli.datasets.PlanMapper;
import org.linli.datasets.itc2007.ItcPlans;
import org.linli.datasets.itc2007.ItcSolution;
import org.linli.datasets.itc2007.ItcSolutionWriter;
import org.linli.solver.domain.WeeklyPlan;
import org.linli.solver.explain.PlanExplainer;
import org.linli.solver.explain.PlanExplanation;
import org.linli.solver.metrics.UtilisationMetrics;
import org.linli.solver.solve.PlanSolver;
import org.linli.solver.solve.SolveOptions;
import org.linli.solver.solve.SolveResult;
import org.linli.solver.solve.SolverStrategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The main job: solves a weekly plan end to end, writes the solution and prints a summary a planner can read. */
@Command(
        name = "solve",
        mixinStandardHelpOptions = true,
        description = {
            "Solve a weekly plan: a bundled dataset (see 'linli datasets'), a plan .json file, or an ITC2007 .ctt file",
            "or bundled instance (comp01..comp07, toy). Writes the solution and prints score, broken rules,",
            "unassigned sessions with reasons, utilisation and a timetable of one site."
        })
final class SolveCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN", description = "Dataset name, plan .json file or ITC2007 .ctt file.")
    private String planArgument;

    @Option(
            names = {"-t", "--time-limit"},
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "The most time to spend (500ms, 30s, 5m, PT1H; default ${DEFAULT-VALUE}).")
    private Duration timeLimit;

    @Option(
            names = "--unimproved-limit",
            converter = DurationConverter.class,
            description = "Stop once the best score has not improved for this long.")
    private Duration unimprovedLimit;

    @Option(
            names = "--step-limit",
            description = "Stop local search after this many steps; with a seed, makes the result reproducible.")
    private Integer stepLimit;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(
            names = "--strategy",
            defaultValue = "LATE_ACCEPTANCE",
            description = "Search after construction: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    private SolverStrategy strategy;

    @Option(
            names = {"-o", "--out"},
            description = "Where to write the solution JSON (default linli-out/<plan>.solution.json).")
    private Path out;

    @Option(names = "--site", description = "The site whose timetable to print (default: the busiest site).")
    private String site;

    @Option(names = "--quiet", description = "No progress lines while solving.")
    private boolean quiet;

    @Option(names = "--verbose", description = "Also log the solver's phases.")
    private boolean verbose;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        CliLogging.configure(verbose);
        PlanSource source = PlanSource.resolve(planArgument);
        WeeklyPlan problem = PlanMapper.toModel(source.plan());
        SolveOptions options = new SolveOptions(timeLimit, unimprovedLimit, stepLimit, seed, strategy);
        stderr.printf(
                "Solving %s: %d sessions, %d tutors, %d venues, %d students; time limit %ds, seed %d.%n",
                source.name(),
                problem.getSessions().size(),
                problem.getTutors().size(),
                problem.getVenues().size(),
                problem.getStudents().size(),
                timeLimit.toSeconds(),
                seed);

        SolveResult result;
        try (ProgressPrinter progress = new ProgressPrinter(stderr, timeLimit, !quiet)) {
            result = PlanSolver.solve("cli-" + problem.getId(), problem, options, progress::update);
        }
        WeeklyPlan best = result.best();
        PlanExplanation explanation = new PlanExplainer().explain(best);
        UtilisationMetrics metrics = UtilisationMetrics.of(best);

        Path solutionFile = out != null ? out : Path.of("linli-out", fileStem(source.name()) + ".solution.json");
        PlanJson.write(createParents(solutionFile), PlanMapper.toFormat(source.plan(), best));
        SummaryPrinter summary = new SummaryPrinter(stdout);
        summary.printHeader(source.name(), best, result, options);
        summary.printExplanation(explanation);
        summary.printMetrics(metrics);
        summary.printTimetable(best, site);
        if (source.isItc()) {
            ItcSolution itcSolution =
                    ItcPlans.toSolution(source.itcInstance(), PlanMapper.toFormat(source.plan(), best));
            Path itcFile = solutionFile.resolveSibling(fileStem(source.name()) + ".sol");
            ItcSolutionWriter.write(itcSolution, itcFile);
            summary.printItcCost(source.name(), source.itcInstance(), itcSolution);
            stdout.printf("ITC2007 solution written to %s%n", itcFile);
        }
        stdout.printf("Solution written to %s%n", solutionFile);
        stdout.flush();
        return 0;
    }

    static String fileStem(String name) {
        String stem = Path.of(name).getFileName().toString();
        int dot = stem.lastIndexOf('.');
        return dot > 0 ? stem.substring(0, dot) : stem;
    }

    private static Path createParents(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder of (" + file + ")", e);
        }
    }
}
