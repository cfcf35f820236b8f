package org.linli.api.web;

import org.linli.api.generated.ViewsApi;
import org.linli.api.jobs.CurrentSolution;
import org.linli.api.jobs.JobNotFoundException;
import org.linli.api.jobs.JobService;
import org.linli.api.views.CalendarExport;
import org.linli.api.views.CsvExport;
import org.linli.api.views.MetricsViews;
import org.linli.api.views.Timetables;
import org.linli.format.Metrics;
import org.linli.format.Timetable;
import org.linli.format.TimetableView;
import org.linli.solver.metrics.UtilisationMetrics;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** A job's best solution so far as metrics, timetables, calendars and CSV. */
@RestController
public class ViewsController implements ViewsApi {

    private static final MediaType CALENDAR =
            new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);
    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final JobService jobs;

    public ViewsController(JobService jobs) {
        this.jobs = jobs;
    }

    @Override
    public ResponseEntity<Metrics> getMetrics(String jobId) {
        CurrentSolution current = current(jobId);
        return ResponseEntity.ok(MetricsViews.toApi(jobId, current.version(), UtilisationMetrics.of(current.model())));
    }

    @Override
    public ResponseEntity<Timetable> getTimetable(String jobId, TimetableView view, String id) {
        CurrentSolution current = current(jobId);
        return ResponseEntity.ok(Timetables.of(jobId, current.version(), current.model(), view, id));
    }

    @Override
    public ResponseEntity<String> getTutorCalendar(String jobId, String tutorId) {
        CurrentSolution current = current(jobId);
        String calendar = CalendarExport.forTutor(jobId, current.version(), current.model(), tutorId);
        return file(CALENDAR, "tutor-" + tutorId + ".ics", calendar);
    }

    @Override
    public ResponseEntity<String> getStudentCalendar(String jobId, String studentId) {
        CurrentSolution current = current(jobId);
        String calendar = CalendarExport.forStudent(jobId, current.version(), current.model(), studentId);
        return file(CALENDAR, "student-" + studentId + ".ics", calendar);
    }

    @Override
    public ResponseEntity<String> getSessionsCsv(String jobId) {
        CurrentSolution current = current(jobId);
        return file(CSV, current.job().planId() + "-sessions.csv", CsvExport.of(current.model()));
    }

    private CurrentSolution current(String jobId) {
        return jobs.current(jobId).orElseThrow(() -> JobNotFoundException.job(jobId));
    }

    private static ResponseEntity<String> file(MediaType type, String name, String body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name).build().toString())
                .body(body);
    }
}
