package org.linli.solver.repair;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.Qualification;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.TutorKind;
import org.linli.solver.domain.Venue;

/**
 * A seeded district school week for the repair benchmark, modelled on the datasets' district: 18 communities, 1,296
 * students of grades 1-6 whose school days end by grade and weekday, two rooms per community and 32 partner venues,
 * five certified tutors and three partner instructors per community. Each community runs 12 knowledge groups (maths
 * and reading per grade band, two 60-minute sessions a week) and 6 enrichment groups (one 90-minute session), so 540
 * sessions in all. The datasets module's generator is the reference; this copy keeps the solver's tests free of it.
 */
final class DistrictSchoolWeek {

    static final int SITES = 18;
    static final int STUDENTS_PER_SITE = 72;
    static final List<String> THEMES = List.of("art", "music", "chess", "science", "sport", "drama");
    private static final List<DayOfWeek> DAYS = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

    private DistrictSchoolWeek() {}

    static PlanFixture build(long seed) {
        Random random = new Random(seed);
        PlanFixture f = new PlanFixture();
        Track knowledge = f.track("knowledge", true, 30, f.daily("15:30", "19:00"));
        Track enrichment = f.track("enrichment", false, 30, f.daily("16:00", "19:30"));
        List<Site> sites = new ArrayList<>();
        for (int s = 0; s < SITES; s++) {
            Site site = new Site(
                    "site-" + (s + 1),
                    "Community " + (s + 1),
                    "district",
                    31.20 + (s / 6) * 0.01,
                    121.40 + (s % 6) * 0.01);
            f.sites.add(site);
            sites.add(site);
        }
        int partnerVenues = 0;
        for (int s = 0; s < SITES; s++) {
            Site site = sites.get(s);
            f.venue(site.getId() + "-room-1", site, 14, Set.of("projector"), f.always());
            f.venue(site.getId() + "-room-2", site, 12, Set.of(), f.always());
            int partners = s < 14 ? 2 : 1;
            for (int p = 1; p <= partners; p++) {
                partnerVenues++;
                f.venues.add(new Venue(
                        site.getId() + "-partner-" + p,
                        null,
                        site,
                        16,
                        Set.of(),
                        "partner-" + partnerVenues,
                        900,
                        p == 1 ? 0.0 : 20.0,
                        f.always()));
            }
        }
        for (int s = 0; s < SITES; s++) {
            Site site = sites.get(s);
            Site neighbour = sites.get((s + 1) % SITES);
            addTutors(f, random, site, neighbour);
            List<Student> students = new ArrayList<>();
            for (int i = 0; i < STUDENTS_PER_SITE; i++) {
                int grade = 1 + i % 6;
                students.add(f.student(site.getId() + "-st-" + (i + 1), grade, schoolBusy(f, grade)));
            }
            addGroups(f, random, knowledge, enrichment, site, students);
        }
        return f;
    }

    private static void addTutors(PlanFixture f, Random random, Site site, Site neighbour) {
        List<List<Qualification>> certified = List.of(
                List.of(new Qualification("math", 1, 6)),
                List.of(new Qualification("math", 1, 6)),
                List.of(new Qualification("reading", 1, 6)),
                List.of(new Qualification("reading", 1, 6)),
                List.of(new Qualification("math", 1, 6), new Qualification("reading", 1, 6)));
        for (int t = 0; t < certified.size(); t++) {
            DayOfWeek dayOff = t < 2 ? DAYS.get(random.nextInt(DAYS.size())) : null;
            f.tutor(
                    site.getId() + "-tutor-" + (t + 1),
                    TutorKind.CERTIFIED_TUTOR,
                    certified.get(t),
                    weekdays(f, "15:00", "20:00", dayOff),
                    240,
                    720,
                    Set.of(site, neighbour));
        }
        for (int p = 0; p < 3; p++) {
            f.tutor(
                    site.getId() + "-instructor-" + (p + 1),
                    TutorKind.PARTNER_INSTRUCTOR,
                    List.of(new Qualification(THEMES.get(2 * p), 1, 6), new Qualification(THEMES.get(2 * p + 1), 1, 6)),
                    weekdays(f, "15:30", "20:00", null),
                    240,
                    600,
                    Set.of(site));
        }
    }

    private static void addGroups(
            PlanFixture f, Random random, Track knowledge, Track enrichment, Site site, List<Student> students) {
        for (int band = 0; band < 3; band++) {
            int low = 2 * band + 1;
            List<Student> inBand = students.stream()
                    .filter(student -> student.getGrade() == low || student.getGrade() == low + 1)
                    .toList();
            for (String subject : List.of("math", "reading")) {
                List<Student> shuffled = new ArrayList<>(inBand);
                Collections.shuffle(shuffled, random);
                for (int half = 0; half < 2; half++) {
                    List<Student> members = shuffled.subList(half * 12, half * 12 + 12);
                    f.group(
                            site.getId() + "-" + subject + "-g" + low + "-" + (half + 1),
                            knowledge,
                            subject,
                            2,
                            60,
                            members,
                            Set.of(),
                            2,
                            null,
                            IntervalSet.empty(),
                            Set.of(site));
                }
            }
        }
        List<Student> shuffled = new ArrayList<>(students);
        Collections.shuffle(shuffled, random);
        for (int t = 0; t < THEMES.size(); t++) {
            List<Student> members = shuffled.subList(t * 12, t * 12 + 12);
            f.group(
                    site.getId() + "-" + THEMES.get(t),
                    enrichment,
                    THEMES.get(t),
                    1,
                    90,
                    members,
                    Set.of(),
                    0,
                    null,
                    IntervalSet.empty(),
                    Set.of(site));
        }
    }

    /** At school from 08:00 to 15:30 (grades 1-2), 16:00 (3-4) or 16:30 (5-6); Wednesday to 14:00, Friday 15:00. */
    private static IntervalSet schoolBusy(PlanFixture f, int grade) {
        String usualEnd = grade <= 2 ? "15:30" : grade <= 4 ? "16:00" : "16:30";
        List<Interval> busy = new ArrayList<>();
        for (DayOfWeek day : DAYS) {
            String end = day == WEDNESDAY ? "14:00" : day == FRIDAY ? "15:00" : usualEnd;
            busy.add(f.between(day, "08:00", end));
        }
        return IntervalSet.of(busy);
    }

    private static IntervalSet weekdays(PlanFixture f, String start, String end, DayOfWeek dayOff) {
        List<Interval> intervals = new ArrayList<>();
        for (DayOfWeek day : DAYS) {
            if (day != dayOff) {
                intervals.add(f.between(day, start, end));
            }
        }
        return IntervalSet.of(intervals);
    }

    /** The day of the week a minute lies on, for the benchmark's choice of the busiest tutor on Tuesday. */
    static boolean isTuesday(PlanFixture f, int minute) {
        return f.clock.dayOfWeek(minute) == TUESDAY;
    }

    static Interval tuesday(PlanFixture f) {
        return f.between(TUESDAY, "00:00", "24:00");
    }

    static int mondayNight(PlanFixture f) {
        return f.at(MONDAY, "02:00");
    }
}
