package org.linli.api.views;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.linli.api.jobs.JobNotFoundException;
import org.linli.format.Timetable;
import org.linli.format.TimetableEntry;
import org.linli.format.TimetableRow;
import org.linli.format.TimetableView;
import org.linli.format.Weekday;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.WeekClock;
import org.linli.solver.domain.WeeklyPlan;

/**
 * A solution as timetables: one row per tutor, venue, student or site with the sessions it takes part in, those with a
 * start only, in start order. Every resource of the plan has a row, an empty one if it has no session.
 */
public final class Timetables {

    static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private Timetables() {}

    /**
     * @param id only this resource's row; null for all
     * @throws JobNotFoundException when {@code id} names no resource of the view
     */
    public static Timetable of(String jobId, int version, WeeklyPlan plan, TimetableView view, String id) {
        List<Resource> resources = resources(plan, view);
        if (id != null) {
            resources = resources.stream().filter(r -> r.id().equals(id)).toList();
            if (resources.isEmpty()) {
                throw new JobNotFoundException("The plan of job (" + jobId + ") has no " + view.getValue()
                        + " with id (" + id + "); leave out id for every " + view.getValue() + ".");
            }
        }
        List<Session> placed = plan.getSessions().stream()
                .filter(Session::hasStart)
                .sorted(Comparator.comparing(Session::getStart).thenComparing(Session::getId))
                .toList();
        List<TimetableRow> rows = new ArrayList<>();
        for (Resource resource : resources) {
            List<TimetableEntry> entries = placed.stream()
                    .filter(resource.takesPart())
                    .map(session -> entry(plan.getClock(), session))
                    .toList();
            int minutes = placed.stream()
                    .filter(resource.takesPart())
                    .mapToInt(Session::getLength)
                    .sum();
            rows.add(new TimetableRow(resource.id(), entries)
                    .name(resource.name())
                    .minutes(minutes));
        }
        return new Timetable(jobId, view, plan.getClock().zone().getId(), rows).solutionVersion(version);
    }

    static TimetableEntry entry(WeekClock clock, Session session) {
        int start = session.getStart();
        TimetableEntry entry = new TimetableEntry(
                session.getId(),
                session.getGroup().getId(),
                session.getGroup().getTrack().getId(),
                Weekday.valueOf(clock.dayOfWeek(start).name()),
                clock.toDateTime(start).format(LOCAL_MINUTE),
                clock.toDateTime(session.getEnd()).format(LOCAL_MINUTE));
        entry.setGroupName(session.getGroup().getName());
        entry.setTutor(session.getTutor() == null ? null : session.getTutor().getId());
        entry.setVenue(session.getVenue() == null ? null : session.getVenue().getId());
        entry.setSite(session.getSite() == null ? null : session.getSite().getId());
        return entry;
    }

    private static List<Resource> resources(WeeklyPlan plan, TimetableView view) {
        return switch (view) {
            case TUTOR ->
                plan.getTutors().stream()
                        .map(tutor -> new Resource(tutor.getId(), tutor.getName(), s -> s.getTutor() == tutor))
                        .toList();
            case VENUE ->
                plan.getVenues().stream()
                        .map(venue -> new Resource(venue.getId(), venue.getName(), s -> s.getVenue() == venue))
                        .toList();
            case STUDENT ->
                plan.getStudents().stream()
                        .map(student -> new Resource(
                                student.getId(),
                                student.getId(),
                                s -> s.getGroup().getStudents().contains(student)))
                        .toList();
            case SITE ->
                plan.getSites().stream()
                        .map(site -> new Resource(site.getId(), site.getName(), s -> s.getSite() == site))
                        .toList();
        };
    }

    private record Resource(String id, String name, Predicate<Session> takesPart) {}
}
