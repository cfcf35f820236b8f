package org.linli.api;

import java.util.ArrayList;
import java.util.List;
import org.linli.format.Certification;
import org.linli.format.Group;
import org.linli.format.PlanWeek;
import org.linli.format.Qualification;
import org.linli.format.Session;
import org.linli.format.Site;
import org.linli.format.Student;
import org.linli.format.TimeWindow;
import org.linli.format.Track;
import org.linli.format.Tutor;
import org.linli.format.TutorKind;
import org.linli.format.Venue;
import org.linli.format.Weekday;
import org.linli.format.WeeklyPlan;

/** Hand-made weekly plans in the API's format, small enough to solve in a test. */
public final class TestPlans {

    public static final String START_DATE = "2026-07-06";
    public static final String ZONE = "Asia/Shanghai";

    private TestPlans() {}

    public static TimeWindow weekdays(String start, String end) {
        return new TimeWindow()
                .days(List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY))
                .start(start)
                .end(end);
    }

    /** A plan with a knowledge track (09:00-12:00 on weekdays), one site and nothing else. */
    public static WeeklyPlan empty(String id) {
        return new WeeklyPlan()
                .id(id)
                .name("Test plan " + id)
                .week(new PlanWeek().startDate(START_DATE).days(5).timeZone(ZONE))
                .certifications(new ArrayList<>(List.of(new Certification().id("math"))))
                .tracks(new ArrayList<>(List.of(new Track()
                        .id("knowledge")
                        .certifiedTutorsOnly(true)
                        .granularityMinutes(30)
                        .windows(new ArrayList<>(List.of(weekdays("09:00", "12:00")))))))
                .sites(new ArrayList<>(List.of(new Site().id("site-1").name("Community centre"))))
                .venues(new ArrayList<>())
                .tutors(new ArrayList<>())
                .students(new ArrayList<>())
                .groups(new ArrayList<>())
                .sessions(new ArrayList<>());
    }

    public static Venue venue(String id, int capacity) {
        return new Venue().id(id).name("Room " + id).site("site-1").capacity(capacity);
    }

    public static Tutor tutor(String id) {
        return new Tutor()
                .id(id)
                .name("Tutor " + id)
                .kind(TutorKind.CERTIFIED_TUTOR)
                .qualifications(new ArrayList<>(List.of(new Qualification().certification("math"))));
    }

    public static Student student(String id) {
        return new Student().id(id).grade(3);
    }

    public static Group group(String id, int sessionsPerWeek, int minutes, List<String> students) {
        return new Group()
                .id(id)
                .name("Group " + id)
                .track("knowledge")
                .certification("math")
                .sessionsPerWeek(sessionsPerWeek)
                .sessionMinutes(minutes)
                .students(new ArrayList<>(students));
    }

    /** Two tutors, two rooms, two students, two groups of two 60-minute sessions: feasible in a fraction of a second. */
    public static WeeklyPlan small(String id) {
        WeeklyPlan plan = empty(id);
        plan.getVenues().add(venue("room-1", 10));
        plan.getVenues().add(venue("room-2", 10));
        plan.getTutors().add(tutor("t-1"));
        plan.getTutors().add(tutor("t-2"));
        plan.getStudents().add(student("st-1"));
        plan.getStudents().add(student("st-2"));
        plan.getGroups().add(group("maths", 2, 60, List.of("st-1", "st-2")));
        plan.getGroups().add(group("reading", 2, 60, List.of("st-1")));
        return plan;
    }

    /**
     * C10: five sessions of three hours on one day that has room for two (one 3-hour window, two rooms), one tutor:
     * at most one session fits at a time for the tutor.
     */
    public static WeeklyPlan overConstrained(String id) {
        WeeklyPlan plan = empty(id);
        plan.getTracks()
                .getFirst()
                .setWindows(new ArrayList<>(List.of(new TimeWindow()
                        .days(new ArrayList<>(List.of(Weekday.MONDAY)))
                        .start("09:00")
                        .end("12:00"))));
        plan.getVenues().add(venue("room-1", 10));
        plan.getVenues().add(venue("room-2", 10));
        plan.getTutors().add(tutor("t-1"));
        for (int i = 1; i <= 5; i++) {
            plan.getStudents().add(student("st-" + i));
            plan.getGroups().add(group("g-" + i, 1, 180, List.of("st-" + i)));
        }
        return plan;
    }

    /** A session to list in a plan, unassigned. */
    public static Session session(String id, String group) {
        return new Session().id(id).group(group);
    }

    /**
     * C12: a district-sized plan of {@code sessions} listed sessions (five per group), {@code tutors} tutors and
     * {@code venues} venues over ten sites, every tutor qualified and available all day; each group meets at one site
     * and each tutor works at one, so a session has a tenth of the tutors and venues to choose from.
     */
    public static WeeklyPlan large(String id, int sessions, int tutors, int venues) {
        WeeklyPlan plan = empty(id);
        plan.getTracks().getFirst().setWindows(new ArrayList<>(List.of(weekdays("09:00", "18:00"))));
        plan.setSites(new ArrayList<>());
        for (int s = 0; s < 10; s++) {
            plan.getSites()
                    .add(new Site()
                            .id("site-" + s)
                            .name("Neighbourhood site number " + s)
                            .district("district-" + (s % 3))
                            .latitude(31.2 + s * 0.01)
                            .longitude(121.4 + s * 0.01));
        }
        for (int v = 0; v < venues; v++) {
            plan.getVenues()
                    .add(new Venue()
                            .id("venue-" + v)
                            .name("Community room number " + v)
                            .site("site-" + (v % 10))
                            .capacity(20 + v % 10));
        }
        for (int t = 0; t < tutors; t++) {
            plan.getTutors()
                    .add(tutor("tutor-" + t)
                            .name("Volunteer tutor number " + t)
                            .homeSite("site-" + (t % 10))
                            .sites(new ArrayList<>(List.of("site-" + (t % 10))))
                            .maxMinutesPerWeek(1200));
        }
        int groups = sessions / 5;
        for (int g = 0; g < groups; g++) {
            String student = "student-" + g;
            plan.getStudents()
                    .add(student(student)
                            .homeSite("site-" + (g % 10))
                            .schoolTimetable(new ArrayList<>(List.of(weekdays("08:00", "09:00")))));
            plan.getGroups()
                    .add(group("group-" + g, 5, 60, List.of(student))
                            .name("Homework club number " + g)
                            .sites(new ArrayList<>(List.of("site-" + (g % 10)))));
            for (int k = 1; k <= 5; k++) {
                plan.getSessions().add(session("group-" + g + "-session-" + k, "group-" + g));
            }
        }
        return plan;
    }
}
