package org.linli.api.views;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.linli.api.jobs.JobNotFoundException;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.WeeklyPlan;

/**
 * A tutor's or a student's sessions as an iCalendar file (RFC 5545): one event per session with a start, its times
 * with the TZID of the plan's zone and that zone's VTIMEZONE (from ical4j's bundled definitions, so nothing is
 * fetched), and a UID made of the plan and session ids, so a calendar client updates the same events when a newer
 * solution moves them; SEQUENCE is the solution version.
 */
public final class CalendarExport {

    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarExport() {}

    public static String forTutor(String jobId, int version, WeeklyPlan plan, String tutorId) {
        Tutor tutor = plan.getTutors().stream()
                .filter(t -> t.getId().equals(tutorId))
                .findFirst()
                .orElseThrow(() -> new JobNotFoundException("The plan of job (" + jobId + ") has no tutor with id ("
                        + tutorId + "); see GET /jobs/" + jobId + "/timetables/tutor for the tutors."));
        return calendar(plan, version, session -> session.getTutor() == tutor);
    }

    public static String forStudent(String jobId, int version, WeeklyPlan plan, String studentId) {
        Student student = plan.getStudents().stream()
                .filter(s -> s.getId().equals(studentId))
                .findFirst()
                .orElseThrow(() -> new JobNotFoundException("The plan of job (" + jobId + ") has no student with id ("
                        + studentId + "); see GET /jobs/" + jobId + "/timetables/student for the students."));
        return calendar(
                plan, version, session -> session.getGroup().getStudents().contains(student));
    }

    private static String calendar(WeeklyPlan plan, int version, Predicate<Session> takesPart) {
        ZoneId zone = plan.getClock().zone();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Linli Scheduler//Weekly plan//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        TimeZone timeZone = ZONES.getTimeZone(zone.getId());
        if (timeZone != null) {
            calendar.add(timeZone.getVTimeZone());
        }
        List<Session> sessions = plan.getSessions().stream()
                .filter(Session::hasStart)
                .filter(takesPart)
                .sorted(Comparator.comparing(Session::getStart).thenComparing(Session::getId))
                .toList();
        for (Session session : sessions) {
            calendar.add(event(plan, version, zone, session));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(WeeklyPlan plan, int version, ZoneId zone, Session session) {
        ZonedDateTime start = plan.getClock().toDateTime(session.getStart()).atZone(zone);
        ZonedDateTime end = plan.getClock().toDateTime(session.getEnd()).atZone(zone);
        VEvent event = new VEvent(start, end, session.getGroup().getName());
        event.add(new Uid(uid(plan.getId(), session.getId())));
        event.add(new Sequence(version));
        if (session.getVenue() != null) {
            String site =
                    session.getSite() == null ? "" : ", " + session.getSite().getName();
            event.add(new Location(session.getVenue().getName() + site));
        }
        String tutor = session.getTutor() == null
                ? "no tutor yet"
                : "tutor " + session.getTutor().getName();
        event.add(new Description(
                "Session " + session.getId() + " of group " + session.getGroup().getId() + " (track "
                        + session.getGroup().getTrack().getId() + "), " + tutor + "."));
        return event;
    }

    /** The same session of the same plan has the same UID in every solution version and job. */
    static String uid(String planId, String sessionId) {
        return sessionId + "." + planId + "@linli-scheduler";
    }
}
