package org.linli.api.web;

import org.linli.api.generated.JobsApi;
import org.linli.api.jobs.CurrentSolution;
import org.linli.api.jobs.JobNotFoundException;
import org.linli.api.jobs.JobService;
import org.linli.api.views.Explanations;
import org.linli.format.Explanation;
import org.linli.format.Job;
import org.linli.format.WeeklyPlan;
import org.linli.solver.explain.PlanExplainer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Following a job: its state, terminating it, its best solution so far and the explanation of its score. */
@RestController
public class JobsController implements JobsApi {

    private final JobService jobs;
    private final PlanExplainer explainer;

    public JobsController(JobService jobs, PlanExplainer explainer) {
        this.jobs = jobs;
        this.explainer = explainer;
    }

    @Override
    public ResponseEntity<Job> getJob(String jobId) {
        return ResponseEntity.ok(JobViews.toApi(jobs.find(jobId).orElseThrow(() -> JobNotFoundException.job(jobId))));
    }

    @Override
    public ResponseEntity<Job> terminateJob(String jobId) {
        return ResponseEntity.ok(JobViews.toApi(jobs.terminate(jobId)));
    }

    @Override
    public ResponseEntity<WeeklyPlan> getSolution(String jobId) {
        return ResponseEntity.ok(current(jobId).format().get());
    }

    @Override
    public ResponseEntity<Explanation> getExplanation(String jobId) {
        CurrentSolution current = current(jobId);
        return ResponseEntity.ok(Explanations.toApi(jobId, current.version(), explainer.explain(current.model())));
    }

    private CurrentSolution current(String jobId) {
        return jobs.current(jobId).orElseThrow(() -> JobNotFoundException.job(jobId));
    }
}
