package org.linli.solver.explain;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linli.solver.PlanFixture;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.Qualification;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.TravelTable;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.TutorKind;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeeklyPlan;

/**
 * A plan of 27 sessions over two tracks and three sites that gives every rule a chance to match: tutors with limits,
 * sites and part-time availability, partner venues with quotas and costs, a venue open part of the day, students at
 * school until 16:00, a fixed tutor, blocked times, required features and group sites, and pinned, partial and
 * unassigned sessions.
 */
public final class RichPlan {

    private RichPlan() {}

    public static WeeklyPlan build(Map<String, HardMediumSoftScore> ruleWeights) {
        PlanFixture f = new PlanFixture();
        f.ruleWeights.putAll(ruleWeights);
        Track knowledge = f.track("knowledge", true, 30, f.daily("15:00", "19:00"));
        Track enrichment = f.track("enrichment", false, 15, f.daily("14:00", "20:00"));
        Site north = f.site("north");
        Site south = f.site("south");
        Site east = f.site("east");
        f.travelMinutes.put(pair(north, south), 20);
        f.travelMinutes.put(pair(north, east), 40);
        f.travelMinutes.put(pair(south, east), 25);

        Venue roomN1 = f.venue("room-n1", north, 8, Set.of("projector"), f.always());
        Venue roomN2 = f.venue("room-n2", north, 4);
        Venue lab = f.venue("lab-s1", south, 12, Set.of("lab"), f.daily("15:00", "18:00"));
        Venue shop = f.partnerVenue("shop-e", east, 10, "Corner Shop", 120, 30.0);
        f.partnerVenue("library-s", south, 6, "Library", 60, 0.0);

        Tutor math = f.tutor(
                "t-math",
                TutorKind.CERTIFIED_TUTOR,
                List.of(new Qualification("math", 1, 6)),
                f.always(),
                180,
                240,
                Set.of());
        Tutor reading = f.tutor(
                "t-read",
                TutorKind.CERTIFIED_TUTOR,
                List.of(new Qualification("reading", 1, 4)),
                f.daily("15:00", "18:00"),
                null,
                null,
                Set.of());
        Tutor science = f.tutor(
                "t-sci",
                TutorKind.CERTIFIED_TUTOR,
                List.of(new Qualification("science", 3, 6)),
                f.always(),
                null,
                null,
                Set.of(south));
        Tutor art = f.tutor(
                "p-art",
                TutorKind.PARTNER_INSTRUCTOR,
                List.of(new Qualification("art", 1, 6)),
                f.always(),
                null,
                null,
                Set.of(east, north));
        f.tutor(
                "p-chess",
                TutorKind.PARTNER_INSTRUCTOR,
                List.of(new Qualification("chess", 1, 6)),
                IntervalSet.of(f.between(MONDAY, "14:00", "20:00"), f.between(TUESDAY, "14:00", "17:00")),
                null,
                null,
                Set.of());
        Tutor multi = f.tutor(
                "t-multi",
                TutorKind.CERTIFIED_TUTOR,
                List.of(new Qualification("math", 1, 6), new Qualification("reading", 1, 6)),
                f.always(),
                120,
                null,
                Set.of());

        List<Student> students = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            int grade = 1 + (i - 1) / 2;
            IntervalSet school = grade >= 5 ? f.daily("08:00", "16:00") : IntervalSet.empty();
            students.add(f.student("s" + i, grade, school));
        }
        Group mathsA = f.group(
                "maths-a",
                knowledge,
                "math",
                2,
                60,
                students.subList(0, 5),
                Set.of(),
                2,
                null,
                IntervalSet.empty(),
                Set.of());
        Group mathsB = f.group(
                "maths-b",
                knowledge,
                "math",
                2,
                90,
                students.subList(5, 10),
                Set.of(),
                0,
                math,
                IntervalSet.empty(),
                Set.of());
        Group readingA = f.group(
                "reading-a",
                knowledge,
                "reading",
                3,
                45,
                students.subList(0, 4),
                Set.of(),
                0,
                null,
                IntervalSet.of(f.between(WEDNESDAY, "15:00", "19:00")),
                Set.of());
        f.group(
                "science",
                knowledge,
                "science",
                2,
                60,
                students.subList(6, 12),
                Set.of("lab"),
                0,
                null,
                IntervalSet.empty(),
                Set.of(south));
        Group artGroup = f.group(
                "art",
                enrichment,
                "art",
                2,
                90,
                List.of(students.get(0), students.get(1), students.get(2), students.get(10), students.get(11)),
                Set.of(),
                0,
                null,
                IntervalSet.empty(),
                Set.of());
        f.group("chess", enrichment, "chess", 2, 60, List.of(students.get(4), students.get(5)));
        Group homework = f.group("homework", enrichment, null, 3, 30, students.subList(7, 10));
        f.group("homework-b", enrichment, null, 3, 45, students.subList(0, 3));
        f.group("maths-c", knowledge, "math", 3, 60, students.subList(2, 6));
        f.group("reading-b", knowledge, "reading", 3, 30, students.subList(4, 8));
        f.group(
                "projector",
                enrichment,
                null,
                2,
                60,
                students.subList(8, 12),
                Set.of("projector"),
                0,
                null,
                IntervalSet.empty(),
                Set.of(north));

        // Listed sessions: pinned (one breaking a rule, one partial), partial and unassigned ones.
        f.pinned("maths-a#1", mathsA, f.at(MONDAY, "15:00"), math, roomN1);
        f.session("maths-a#2", mathsA, f.at(MONDAY, "17:00"), multi, null);
        f.pinned("maths-b#1", mathsB, f.at(TUESDAY, "16:00"), multi, roomN2);
        f.session("maths-b#2", mathsB, null, null, null);
        f.pinned("reading-a#1", readingA, f.at(MONDAY, "16:30"), null, null);
        f.session("reading-a#2", readingA, null, reading, null);
        f.session("reading-a#3", readingA, f.at(TUESDAY, "15:00"), reading, roomN2);
        f.session("art#1", artGroup, f.at(MONDAY, "18:00"), art, shop);
        f.session("art#2", artGroup, null, null, shop);
        f.session("homework#1", homework, f.at(WEDNESDAY, "16:00"), multi, lab);
        f.session("homework#2", homework, null, null, null);
        f.session("homework#3", homework, null, null, null);
        return f.prepare();
    }

    /**
     * The plan as a repair would solve it: its sessions with values keep them as their published baseline, and the
     * repair runs at the start of the week, so that the "Published plan change" rule matches too.
     */
    public static WeeklyPlan withRepairBaselines(WeeklyPlan plan) {
        plan.setRepairClock(new org.linli.solver.domain.RepairClock(0));
        for (org.linli.solver.domain.Session session : plan.getSessions()) {
            if (!session.isPinned() && session.isFullyAssigned()) {
                session.setBaseline(org.linli.solver.domain.Baseline.of(session));
            }
        }
        return plan;
    }

    private static String pair(Site a, Site b) {
        return TravelTable.pairKey(a.getId(), b.getId());
    }
}
