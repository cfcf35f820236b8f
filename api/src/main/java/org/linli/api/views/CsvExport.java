package org.linli.api.views;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.WeekClock;
import org.linli.solver.domain.WeeklyPlan;

/**
 * Every session of a solution as CSV (RFC 4180, with a header row): placed sessions in start order, then the
 * unassigned ones with their empty values, so a spreadsheet shows what is still missing.
 */
public final class CsvExport {

    static final String[] HEADER = {
        "session", "group", "track", "day", "start", "end", "tutor", "venue", "site", "students"
    };

    private CsvExport() {}

    public static String of(WeeklyPlan plan) {
        List<Session> sessions = plan.getSessions().stream()
                .sorted(Comparator.comparing((Session s) -> s.getStart() == null ? Integer.MAX_VALUE : s.getStart())
                        .thenComparing(Session::getId))
                .toList();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Session session : sessions) {
                csv.printRecord(row(plan.getClock(), session));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> row(WeekClock clock, Session session) {
        boolean placed = session.hasStart();
        return List.of(
                session.getId(),
                session.getGroup().getId(),
                session.getGroup().getTrack().getId(),
                placed ? clock.dayOfWeek(session.getStart()).name() : "",
                placed ? clock.toDateTime(session.getStart()).format(Timetables.LOCAL_MINUTE) : "",
                placed ? clock.toDateTime(session.getEnd()).format(Timetables.LOCAL_MINUTE) : "",
                session.getTutor() == null ? "" : session.getTutor().getId(),
                session.getVenue() == null ? "" : session.getVenue().getId(),
                session.getSite() == null ? "" : session.getSite().getId(),
                session.getGroup().getStudents().stream().map(Student::getId).collect(Collectors.joining(" ")));
    }
}
