package org.linli.api.repair;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.linli.api.config.LinliProperties;
import org.linli.api.generated.RepairsApi;
import org.linli.api.jobs.JobNotFoundException;
import org.linli.api.jobs.JobRecord;
import org.linli.api.web.JobViews;
import org.linli.datasets.PlanProblem;
import org.linli.datasets.PlanValidationException;
import org.linli.format.ChangeManifest;
import org.linli.format.Disruption;
import org.linli.format.Job;
import org.linli.format.NightlyRun;
import org.linli.format.Publication;
import org.linli.format.PublishRequest;
import org.linli.format.StatusBoard;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Publishing, disruptions, repairs, manifests, the status board and the nightly run on demand. */
@RestController
public class RepairController implements RepairsApi {

    private final RepairService repairs;
    private final LinliProperties properties;

    public RepairController(RepairService repairs, LinliProperties properties) {
        this.repairs = repairs;
        this.properties = properties;
    }

    @Override
    public ResponseEntity<Publication> publishPlan(String planId, PublishRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(repairs.publish(planId, request.getJobId(), request.getVersion()));
    }

    @Override
    public ResponseEntity<Publication> getPublication(String planId) {
        return ResponseEntity.ok(repairs.publication(planId)
                .orElseThrow(() -> new JobNotFoundException("Plan (" + planId + ") has no published version; POST"
                        + " /plans/" + planId + "/publication publishes one of its solutions.")));
    }

    @Override
    public ResponseEntity<Disruption> recordDisruption(String planId, Disruption disruption) {
        return ResponseEntity.status(HttpStatus.CREATED).body(repairs.record(planId, disruption));
    }

    @Override
    public ResponseEntity<List<Disruption>> listDisruptions(String planId) {
        return ResponseEntity.ok(repairs.disruptions(planId));
    }

    @Override
    public ResponseEntity<Job> repairPlan(String planId, String timeLimit, String now) {
        JobRecord job = repairs.repair(planId, timeLimit(timeLimit), now);
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/jobs/{jobId}")
                .buildAndExpand(job.jobId())
                .toUri();
        return ResponseEntity.accepted().location(location).body(JobViews.toApi(job));
    }

    @Override
    public ResponseEntity<ChangeManifest> getManifest(String jobId) {
        return ResponseEntity.ok(repairs.manifest(jobId));
    }

    @Override
    public ResponseEntity<StatusBoard> getStatusBoard(String planId) {
        return ResponseEntity.ok(repairs.board(planId));
    }

    @Override
    public ResponseEntity<NightlyRun> runNightlyRepairs() {
        return ResponseEntity.ok(new NightlyRun()
                .jobs(repairs.repairAllOpen().stream().map(JobViews::toApi).toList()));
    }

    private Duration timeLimit(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Duration duration = Duration.parse(value);
            if (duration.isNegative() || duration.isZero()) {
                throw invalid("The duration (" + value + ") must be positive.");
            }
            if (duration.compareTo(properties.solver().maxTimeLimit()) > 0) {
                throw invalid("The time limit (" + value + ") is above the service's maximum ("
                        + properties.solver().maxTimeLimit() + "); ask for less.");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw invalid("The duration (" + value + ") is not an ISO-8601 duration; write it like PT30S or PT2M.");
        }
    }

    private static PlanValidationException invalid(String message) {
        return new PlanValidationException(List.of(new PlanProblem("timeLimit", message)));
    }
}
