package org.linli.api.web;

import java.net.URI;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import org.linli.api.config.LinliProperties;
import org.linli.api.generated.PlansApi;
import org.linli.api.jobs.JobNotFoundException;
import org.linli.api.jobs.JobRecord;
import org.linli.api.jobs.JobService;
import org.linli.api.jobs.JobSettings;
import org.linli.api.jobs.PlanCodec;
import org.linli.api.jobs.PlanSubmission;
import org.linli.api.repair.RepairService;
import org.linli.api.store.PlanPageRows;
import org.linli.api.store.PlanStore;
import org.linli.api.store.StoredPlan;
import org.linli.datasets.PlanProblem;
import org.linli.datasets.PlanValidationException;
import org.linli.format.Job;
import org.linli.format.PlanPage;
import org.linli.format.PlanSummary;
import org.linli.format.WeeklyPlan;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Submitting plans and listing the stored ones. */
@RestController
public class PlansController implements PlansApi {

    private final JobService jobs;
    private final PlanStore store;
    private final PlanCodec codec;
    private final LinliProperties properties;
    private final RepairService repairs;

    public PlansController(
            JobService jobs, PlanStore store, PlanCodec codec, LinliProperties properties, RepairService repairs) {
        this.jobs = jobs;
        this.store = store;
        this.codec = codec;
        this.properties = properties;
        this.repairs = repairs;
    }

    @Override
    public ResponseEntity<Job> submitPlan(
            WeeklyPlan weeklyPlan,
            String timeLimit,
            String unimprovedTimeLimit,
            Long seed,
            Integer stepLimit,
            List<String> weight) {
        List<PlanProblem> problems = new ArrayList<>();
        JobSettings settings = null;
        try {
            settings = SubmitOptions.read(timeLimit, unimprovedTimeLimit, seed, stepLimit, weight, properties.solver());
        } catch (PlanValidationException e) {
            problems.addAll(e.problems());
        }
        String problemJson = codec.write(weeklyPlan);
        if (settings != null) {
            codec.withRuleWeights(weeklyPlan, settings.ruleWeights());
        }
        org.linli.solver.domain.WeeklyPlan model = null;
        try {
            model = codec.toModel(weeklyPlan);
        } catch (PlanValidationException e) {
            problems.addAll(e.problems());
        } catch (IllegalArgumentException | DateTimeException e) {
            problems.add(new PlanProblem("$", e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new PlanValidationException(problems);
        }
        JobRecord job = jobs.submit(new PlanSubmission(weeklyPlan, problemJson, model, settings));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/jobs/{jobId}")
                .buildAndExpand(job.jobId())
                .toUri();
        return ResponseEntity.accepted().location(location).body(JobViews.toApi(job));
    }

    @Override
    public ResponseEntity<PlanPage> listPlans(Integer page, Integer size) {
        PlanPageRows rows = store.listPlans(page, size);
        List<PlanSummary> items = rows.plans().stream().map(this::summary).toList();
        int totalPages = (int) ((rows.total() + size - 1) / size);
        return ResponseEntity.ok(new PlanPage()
                .items(items)
                .page(page)
                .size(size)
                .totalItems(rows.total())
                .totalPages(totalPages));
    }

    @Override
    public ResponseEntity<PlanSummary> getPlan(String planId) {
        StoredPlan plan = store.findPlan(planId)
                .orElseThrow(() -> new JobNotFoundException(
                        "No plan with id (" + planId + "); GET /plans lists the stored plans."));
        PlanSummary summary = summary(plan);
        // A published plan's view carries its publication and the status board of its current version.
        repairs.publication(planId)
                .ifPresent(publication -> summary.publication(publication).board(repairs.board(planId)));
        return ResponseEntity.ok(summary);
    }

    private PlanSummary summary(StoredPlan plan) {
        return new PlanSummary()
                .id(plan.id())
                .name(plan.name())
                .submittedAt(plan.submittedAt().toString())
                .jobs(jobs.jobsOfPlan(plan.id()).stream().map(JobViews::toApi).toList());
    }
}
