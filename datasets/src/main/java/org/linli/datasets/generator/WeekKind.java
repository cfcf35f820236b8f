package org.linli.datasets.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * The two kinds of week a programme plans, Monday to Friday. In the summer holiday the knowledge track meets in the
 * morning and the enrichment track in the afternoon, and children have no school. In a school week both tracks meet
 * after school, the knowledge track first and the enrichment track after it until 20:00 (kept on weekdays, so that
 * the week is the same five days as the holiday's), and each child's school timetable, which differs by grade and
 * weekday, keeps them busy until 15:00 to 17:30.
 */
public enum WeekKind {
    /** The summer holiday: knowledge 09:00-12:00, enrichment 14:00-16:30, no school. */
    HOLIDAY(LocalDate.of(2026, 7, 13), new Window(9 * 60, 12 * 60), new Window(14 * 60, 16 * 60 + 30)),
    /** A school week: knowledge 16:30-18:30, enrichment 18:30-20:00, after school timetables by grade. */
    SCHOOL(LocalDate.of(2026, 9, 14), new Window(16 * 60 + 30, 18 * 60 + 30), new Window(18 * 60 + 30, 20 * 60));

    /** The plan's five days. */
    static final List<DayOfWeek> DAYS =
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    static final String TIME_ZONE = "Asia/Shanghai";
    static final int SCHOOL_START = 8 * 60;

    private final LocalDate startDate;
    private final Window knowledge;
    private final Window enrichment;

    WeekKind(LocalDate startDate, Window knowledge, Window enrichment) {
        this.startDate = startDate;
        this.knowledge = knowledge;
        this.enrichment = enrichment;
    }

    /** The week's Monday. */
    public LocalDate startDate() {
        return startDate;
    }

    Window window(boolean knowledgeTrack) {
        return knowledgeTrack ? knowledge : enrichment;
    }

    /**
     * Sessions start every half hour, except the school week's knowledge track: its two hours after school are
     * short, so its sessions start every quarter of an hour.
     */
    int granularityMinutes(boolean knowledgeTrack) {
        return this == SCHOOL && knowledgeTrack ? 15 : 30;
    }

    /** A daily time range in minutes of the day, {@code [start, end)}. */
    record Window(int start, int end) {

        int minutes() {
            return end - start;
        }
    }

    /**
     * The minute of the day a child of a grade leaves school on a weekday (0 = Monday) in a school week, before any
     * after-school service: grades 1-2 at 15:30; grades 3-4 at 16:30 but 15:00 on Wednesday; grades 5-6 at 17:00 on
     * Monday, Tuesday and Thursday, 15:00 on Wednesday and 16:30 on Friday.
     */
    static int schoolEnd(int grade, int day) {
        if (grade <= 2) {
            return 15 * 60 + 30;
        }
        if (day == 2) {
            return 15 * 60;
        }
        if (grade <= 4) {
            return 16 * 60 + 30;
        }
        return day == 4 ? 16 * 60 + 30 : 17 * 60;
    }

    /** When a child who stays for the school's after-school service leaves: 17:00 for grades 1-2, 17:30 above. */
    static int afterSchoolServiceEnd(int grade) {
        return grade <= 2 ? 17 * 60 : 17 * 60 + 30;
    }
}
