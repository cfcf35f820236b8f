package org.linli.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.linli.format.Certification;
import org.linli.format.RuleWeight;
import org.linli.format.Session;
import org.linli.format.Site;
import org.linli.format.Student;
import org.linli.format.TimeWindow;
import org.linli.format.Track;
import org.linli.format.Travel;
import org.linli.format.TravelTime;
import org.linli.format.Weekday;
import org.linli.format.WeeklyPlan;

/**
 * One case per validation problem: each breaks the small plan in one place and expects exactly one problem, at that
 * place, naming the bad value.
 */
class PlanValidationTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void toDraft_brokenPlan_reportsTheProblemAtItsPath(
            String name, Consumer<WeeklyPlan> breakIt, String path, List<String> fragments) {
        WeeklyPlan plan = TestPlans.small();
        breakIt.accept(plan);

        assertThatThrownBy(() -> PlanMapper.toDraft(plan)).isInstanceOfSatisfying(PlanValidationException.class, e -> {
            assertThat(e.problems()).as(e.getMessage()).hasSize(1);
            PlanProblem problem = e.problems().getFirst();
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.message()).contains(fragments);
            assertThat(e.getMessage()).contains(path);
        });
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // The plan and its week
                of("plan id missing", p -> p.setId(null), "$.id", "no id"),
                of("week missing", p -> p.setWeek(null), "$.week", "no week"),
                of("bad date", p -> p.getWeek().setStartDate("2026-02-30"), "$.week.startDate", "(2026-02-30)"),
                of("date not ISO", p -> p.getWeek().setStartDate("06/07/2026"), "$.week.startDate", "(06/07/2026)"),
                of(
                        "unknown time zone",
                        p -> p.getWeek().setTimeZone("Mars/Olympus"),
                        "$.week.timeZone",
                        "(Mars/Olympus)"),
                of("too many days", p -> p.getWeek().setDays(8), "$.week.days", "(8)"),
                of(
                        "negative adjacent gap",
                        p -> p.getSettings().setAdjacentGapMinutes(-1),
                        "$.settings.adjacentGapMinutes",
                        "(-1 minutes)"),
                of(
                        "repeated certification",
                        p -> p.getCertifications().add(new Certification().id("maths")),
                        "$.certifications[3].id",
                        "(maths)",
                        "$.certifications[0]"),
                // Tracks and time windows
                of("tracks missing", PlanValidationTest::withoutTracks, "$.tracks", "no tracks"),
                of(
                        "repeated track",
                        p -> p.addTracksItem(new Track().id("knowledge").windows(List.of(window("09:00", "10:00")))),
                        "$.tracks[2].id",
                        "(knowledge)",
                        "$.tracks[0] and $.tracks[2]"),
                of(
                        "granularity zero",
                        p -> p.getTracks().getFirst().setGranularityMinutes(0),
                        "$.tracks[0].granularityMinutes",
                        "(0 minutes)"),
                of(
                        "track without windows",
                        p -> p.getTracks().get(1).setWindows(new ArrayList<>()),
                        "$.tracks[1].windows",
                        "(enrichment)"),
                of(
                        "end before start",
                        p -> window(p).start("12:00").end("09:00"),
                        "$.tracks[0].windows[0].end",
                        "(09:00)",
                        "(12:00)"),
                of("end equals start", p -> window(p).end("09:00"), "$.tracks[0].windows[0].end", "(09:00)"),
                of("bad time format", p -> window(p).start("9:00"), "$.tracks[0].windows[0].start", "(9:00)"),
                of("minutes out of range", p -> window(p).end("11:60"), "$.tracks[0].windows[0].end", "(11:60)"),
                of(
                        "24:00 as a start",
                        p -> window(p).start("24:00").end("24:00"),
                        "$.tracks[0].windows[0].start",
                        "(24:00)"),
                of("time missing", p -> window(p).setStart(null), "$.tracks[0].windows[0].start", "missing"),
                of(
                        "weekday outside the week",
                        p -> window(p).getDays().add(Weekday.SATURDAY),
                        "$.tracks[0].windows[0].days[5]",
                        "(SATURDAY)",
                        "5 days from MONDAY"),
                of(
                        "window without days",
                        p -> window(p).setDays(new ArrayList<>()),
                        "$.tracks[0].windows[0].days",
                        "no days"),
                of(
                        "session longer than every window",
                        p -> p.getGroups().getFirst().setSessionMinutes(200),
                        "$.groups[0].sessionMinutes",
                        "(200 minutes)",
                        "knowledge",
                        "180"),
                // Sites and travel
                of(
                        "latitude out of range",
                        p -> p.getSites().getFirst().setLatitude(100.0),
                        "$.sites[0].latitude",
                        "(100.0)"),
                of("repeated site", p -> p.addSitesItem(new Site().id("north")), "$.sites[3].id", "(north)"),
                of(
                        "travel from unknown site",
                        p -> p.getTravel().getTimes().getFirst().setFrom("west"),
                        "$.travel.times[0].from",
                        "(west)",
                        "north"),
                of(
                        "travel to unknown site",
                        p -> p.getTravel().getTimes().getFirst().setTo("west"),
                        "$.travel.times[0].to",
                        "(west)"),
                of(
                        "negative travel time",
                        p -> p.getTravel().getTimes().getFirst().setMinutes(-5),
                        "$.travel.times[0].minutes",
                        "(-5 minutes)"),
                of(
                        "travel pair twice",
                        p -> p.getTravel().addTimesItem(new TravelTime("east", "north", 30)),
                        "$.travel.times[1]",
                        "(east, north)",
                        "$.travel.times[0]"),
                of("zero travel speed", p -> p.getTravel().setSpeedKmh(0.0), "$.travel.speedKmh", "(0.0 km/h)"),
                of(
                        "negative default travel",
                        p -> p.setTravel(new Travel().defaultMinutes(-1)),
                        "$.travel.defaultMinutes",
                        "(-1 minutes)"),
                // Venues
                of(
                        "venue at unknown site",
                        p -> p.getVenues().getFirst().setSite("west"),
                        "$.venues[0].site",
                        "(west)",
                        "venue (room-1)"),
                of("capacity zero", p -> p.getVenues().get(1).setCapacity(0), "$.venues[1].capacity", "(0)"),
                of("capacity missing", p -> p.getVenues().get(1).setCapacity(null), "$.venues[1].capacity", "missing"),
                of(
                        "negative cost",
                        p -> p.getVenues().get(2).setCostPerHour(-1.0),
                        "$.venues[2].costPerHour",
                        "(-1.0)"),
                of(
                        "negative quota",
                        p -> p.getVenues().get(2).setWeeklyQuotaMinutes(-60),
                        "$.venues[2].weeklyQuotaMinutes",
                        "(-60)"),
                of(
                        "bad closure",
                        p -> p.getVenues().get(2).getClosures().getFirst().setEnd("14:00"),
                        "$.venues[2].closures[0].end",
                        "(14:00)"),
                of(
                        "repeated venue",
                        p -> p.getVenues().get(1).setId("room-1"),
                        "$.venues[1].id",
                        "(room-1)",
                        "$.venues[0] and $.venues[1]"),
                // Tutors
                of(
                        "tutor home site unknown",
                        p -> p.getTutors().getFirst().setHomeSite("west"),
                        "$.tutors[0].homeSite",
                        "(west)"),
                of(
                        "tutor work site unknown",
                        p -> p.getTutors().getFirst().getSites().set(1, "west"),
                        "$.tutors[0].sites[1]",
                        "(west)"),
                of(
                        "unknown certification held",
                        p -> p.getTutors().get(1).getQualifications().getFirst().setCertification("chess"),
                        "$.tutors[1].qualifications[0].certification",
                        "(chess)"),
                of(
                        "qualification band inverted",
                        p -> p.getTutors()
                                .getFirst()
                                .getQualifications()
                                .getFirst()
                                .minGrade(5)
                                .maxGrade(2),
                        "$.tutors[0].qualifications[0].minGrade",
                        "(5)",
                        "(2)"),
                of(
                        "negative daily limit",
                        p -> p.getTutors().getFirst().setMaxMinutesPerDay(-1),
                        "$.tutors[0].maxMinutesPerDay",
                        "(-1)"),
                of(
                        "tutor availability off the week",
                        p -> p.getTutors()
                                .getFirst()
                                .getAvailability()
                                .getFirst()
                                .getDays()
                                .add(Weekday.SUNDAY),
                        "$.tutors[0].availability[0].days[3]",
                        "(SUNDAY)"),
                of("null tutor", p -> p.getTutors().add(null), "$.tutors[3]", "null"),
                // Students
                of(
                        "student home site unknown",
                        p -> p.getStudents().getFirst().setHomeSite("west"),
                        "$.students[0].homeSite",
                        "(west)"),
                of("negative grade", p -> p.getStudents().get(1).setGrade(-1), "$.students[1].grade", "(-1)"),
                of("repeated student", p -> p.addStudentsItem(new Student().id("st-1")), "$.students[4].id", "(st-1)"),
                of(
                        "school time on Saturday",
                        p -> p.getStudents()
                                .getFirst()
                                .getSchoolTimetable()
                                .getFirst()
                                .getDays()
                                .add(Weekday.SATURDAY),
                        "$.students[0].schoolTimetable[0].days[1]",
                        "(SATURDAY)"),
                // Groups
                of(
                        "group track unknown",
                        p -> p.getGroups().getFirst().setTrack("sports"),
                        "$.groups[0].track",
                        "(sports)",
                        "knowledge, enrichment"),
                of("group track missing", p -> p.getGroups().getFirst().setTrack(null), "$.groups[0].track", "missing"),
                of(
                        "group student unknown",
                        p -> p.getGroups().getFirst().getStudents().set(1, "st-9"),
                        "$.groups[0].students[1]",
                        "(st-9)"),
                of(
                        "student twice in a group",
                        p -> p.getGroups().getFirst().addStudentsItem("st-1"),
                        "$.groups[0].students[2]",
                        "(st-1)",
                        "$.groups[0].students[0]"),
                of(
                        "fixed tutor unknown",
                        p -> p.getGroups().getFirst().setFixedTutor("t-99"),
                        "$.groups[0].fixedTutor",
                        "(t-99)"),
                of(
                        "group site unknown",
                        p -> p.getGroups().getFirst().getSites().set(0, "west"),
                        "$.groups[0].sites[0]",
                        "(west)"),
                of(
                        "unknown certification needed",
                        p -> p.getGroups().getFirst().setCertification("physics"),
                        "$.groups[0].certification",
                        "(physics)"),
                of(
                        "session minutes missing",
                        p -> p.getGroups().get(1).setSessionMinutes(null),
                        "$.groups[1].sessionMinutes",
                        "missing"),
                of(
                        "session minutes zero",
                        p -> p.getGroups().get(1).setSessionMinutes(0),
                        "$.groups[1].sessionMinutes",
                        "(0 minutes)"),
                of(
                        "group band inverted",
                        p -> p.getGroups().get(1).minGrade(4).maxGrade(2),
                        "$.groups[1].minGrade",
                        "(4)",
                        "(2)"),
                of(
                        "band inverted by its students",
                        p -> p.getGroups().getFirst().setMinGrade(5),
                        "$.groups[0].minGrade",
                        "(5)",
                        "(4)"),
                of("priority zero", p -> p.getGroups().getFirst().setPriority(0), "$.groups[0].priority", "(0)"),
                of(
                        "negative sessions a week",
                        p -> p.getGroups().get(2).setSessionsPerWeek(-1),
                        "$.groups[2].sessionsPerWeek",
                        "(-1)"),
                of("negative size", p -> p.getGroups().get(1).setSize(-2), "$.groups[1].size", "(-2)"),
                of(
                        "bad blocked time",
                        p -> p.getGroups()
                                .getFirst()
                                .getBlockedTimes()
                                .getFirst()
                                .setStart("x"),
                        "$.groups[0].blockedTimes[0].start",
                        "(x)"),
                // Sessions
                of(
                        "session group unknown",
                        p -> p.getSessions().get(1).setGroup("art"),
                        "$.sessions[1].group",
                        "(art)"),
                of(
                        "session tutor unknown",
                        p -> p.getSessions().get(1).setTutor("t-99"),
                        "$.sessions[1].tutor",
                        "(t-99)",
                        "session (maths-b)"),
                of(
                        "session venue unknown",
                        p -> p.getSessions().get(1).setVenue("hall"),
                        "$.sessions[1].venue",
                        "(hall)"),
                of(
                        "session start unparseable",
                        p -> p.getSessions().get(1).setStart("2026-07-08 10:00"),
                        "$.sessions[1].start",
                        "(2026-07-08 10:00)"),
                of(
                        "session start outside the week",
                        p -> p.getSessions().get(1).setStart("2026-07-11T10:00"),
                        "$.sessions[1].start",
                        "(2026-07-11T10:00)",
                        "outside"),
                of(
                        "session without id",
                        p -> p.getSessions().add(new Session().group("coding")),
                        "$.sessions[2].id",
                        "no id"),
                // Rule weights
                of(
                        "unknown rule",
                        p -> p.getRuleWeights().getFirst().setRule("Partner costs"),
                        "$.ruleWeights[0].rule",
                        "(Partner costs)",
                        "Partner cost,"),
                of(
                        "negative weight",
                        p -> p.getRuleWeights().get(1).setSoft(-100L),
                        "$.ruleWeights[1].soft",
                        "(-100)",
                        "School time"),
                of(
                        "rule weighted twice",
                        p -> p.getRuleWeights().add(new RuleWeight("School time")),
                        "$.ruleWeights[2].rule",
                        "(School time)",
                        "$.ruleWeights[1]"));
    }

    private static void withoutTracks(WeeklyPlan plan) {
        plan.setTracks(null);
        plan.getGroups().clear();
        plan.getSessions().clear();
    }

    private static TimeWindow window(String start, String end) {
        return new TimeWindow(new ArrayList<>(List.of(Weekday.MONDAY)), start, end);
    }

    private static TimeWindow window(WeeklyPlan plan) {
        return plan.getTracks().getFirst().getWindows().getFirst();
    }

    private static Arguments of(String name, Consumer<WeeklyPlan> breakIt, String path, String... fragments) {
        return Arguments.of(name, breakIt, path, List.of(fragments));
    }
}
