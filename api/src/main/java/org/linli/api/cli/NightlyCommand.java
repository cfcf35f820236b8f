package org.linli.api.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.linli.api.LinliApplication;
import org.linli.api.jobs.JobRecord;
import org.linli.api.jobs.JobService;
import org.linli.api.repair.RepairService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * The nightly repair as a command, for a cron job or by hand: repairs every published plan with disruptions no repair
 * has taken into account, on the service's database, waits for the repairs to end and prints each one's outcome.
 */
@Command(
        name = "repair-nightly",
        mixinStandardHelpOptions = true,
        description = {
            "Run the nightly repair once against the service's database (no web server) and wait for it:",
            "every published plan with open disruptions is repaired within linli.repair.time-limit."
        })
final class NightlyCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--wait",
            defaultValue = "2h",
            converter = DurationConverter.class,
            description = "The longest to wait for the repairs to end (default ${DEFAULT-VALUE}).")
    private Duration wait;

    /** Spring Boot options such as {@code --server.port=8081} pass through untouched. */
    @Unmatched
    private List<String> springOptions = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        SpringApplication application = new SpringApplication(LinliApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(springOptions.toArray(String[]::new))) {
            JobService jobs = context.getBean(JobService.class);
            List<JobRecord> started = context.getBean(RepairService.class).repairAllOpen();
            stdout.printf("Nightly repair: %d plan(s) with open disruptions.%n", started.size());
            long deadline = System.nanoTime() + wait.toNanos();
            int failed = 0;
            for (JobRecord job : started) {
                JobRecord last = job;
                while (!last.state().isFinal() && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                    last = jobs.find(job.jobId()).orElse(last);
                }
                stdout.printf(
                        "  plan %s: repair job %s %s, score %s%n",
                        last.planId(), last.jobId(), last.state(), last.score());
                if (!last.state().isFinal() || last.state() == org.linli.api.jobs.SolveState.FAILED) {
                    failed++;
                }
            }
            stdout.flush();
            return failed == 0 ? 0 : 1;
        }
    }
}
