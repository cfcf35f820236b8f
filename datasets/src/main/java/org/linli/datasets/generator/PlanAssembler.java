package org.linli.datasets.generator;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.linli.format.Certification;
import org.linli.format.Group;
import org.linli.format.PlanSettings;
import org.linli.format.PlanWeek;
import org.linli.format.Qualification;
import org.linli.format.Session;
import org.linli.format.Site;
import org.linli.format.Student;
import org.linli.format.TimeWindow;
import org.linli.format.Track;
import org.linli.format.Travel;
import org.linli.format.TravelTime;
import org.linli.format.Tutor;
import org.linli.format.TutorKind;
import org.linli.format.Venue;
import org.linli.format.Weekday;
import org.linli.format.WeeklyPlan;

/** Writes generated communities as a plan of the format, and their reference timetable as the format's sessions. */
final class PlanAssembler {

    static final double SPEED_KMH = 15.0;
    static final int DEFAULT_TRAVEL_MINUTES = 30;
    static final String KNOWLEDGE = "knowledge";
    static final String ENRICHMENT = "enrichment";
    private static final int KNOWLEDGE_PRIORITY = 3;
    private static final double FIXED_TUTOR = 0.08;
    private static final double WIDE_BAND = 0.5;
    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private final Preset preset;
    private final WeekKind week;
    private final long seed;
    private final SplittableRandom random;

    PlanAssembler(Preset preset, WeekKind week, long seed, SplittableRandom random) {
        this.preset = preset;
        this.week = week;
        this.seed = seed;
        this.random = random;
    }

    WeeklyPlan plan(List<Community> communities, Map<String, Integer> crossings) {
        String kind = preset.name().toLowerCase(Locale.ROOT) + "-" + week.name().toLowerCase(Locale.ROOT);
        WeeklyPlan plan = new WeeklyPlan()
                .id(kind)
                .name(title() + " (generated, seed " + seed + ")")
                .week(new PlanWeek(week.startDate().toString(), WeekKind.TIME_ZONE).days(WeekKind.DAYS.size()))
                .settings(new PlanSettings().adjacentGapMinutes(15))
                .certifications(certifications())
                .tracks(tracks())
                .travel(travel(communities, crossings));
        for (Community community : communities) {
            plan.getSites().addAll(sites(community));
            community.places.forEach(place -> plan.getVenues().add(venue(place)));
            community.teachers.forEach(teacher -> plan.getTutors().add(tutor(teacher)));
            community.children.forEach(child -> plan.getStudents().add(student(child, community)));
            community.groups.forEach(group -> plan.getGroups().add(group(group)));
        }
        return plan;
    }

    private String title() {
        String size = switch (preset) {
            case NEIGHBOURHOOD -> "Neighbourhood";
            case DISTRICT -> "District";
            case CITY -> "City";
        };
        return size + ", " + (week == WeekKind.HOLIDAY ? "summer holiday week" : "school week");
    }

    private static List<Certification> certifications() {
        return Stream.concat(Course.SUBJECTS.stream(), Course.THEMES.stream())
                .map(course -> new Certification(course.id()).name(course.name()))
                .toList();
    }

    private List<Track> tracks() {
        return List.of(
                new Track(KNOWLEDGE, List.of(everyDay(week.window(true))))
                        .name("Knowledge track")
                        .certifiedTutorsOnly(true)
                        .granularityMinutes(week.granularityMinutes(true)),
                new Track(ENRICHMENT, List.of(everyDay(week.window(false))))
                        .name("Enrichment track")
                        .granularityMinutes(week.granularityMinutes(false)));
    }

    private static TimeWindow everyDay(WeekKind.Window window) {
        return window(List.of(0, 1, 2, 3, 4), window.start(), window.end());
    }

    private static TimeWindow window(List<Integer> days, int start, int end) {
        List<Weekday> weekdays = days.stream().map(PlanAssembler::weekday).toList();
        return new TimeWindow(new ArrayList<>(weekdays), Minutes.time(start), Minutes.time(end));
    }

    private static Weekday weekday(int day) {
        DayOfWeek dayOfWeek = WeekKind.DAYS.get(day);
        return Weekday.fromValue(dayOfWeek.name());
    }

    private static Travel travel(List<Community> communities, Map<String, Integer> crossings) {
        Travel travel = new Travel().speedKmh(SPEED_KMH).defaultMinutes(DEFAULT_TRAVEL_MINUTES);
        crossings.forEach((key, minutes) -> {
            String[] pair = key.split("\u0000");
            travel.addTimesItem(new TravelTime(pair[0], pair[1], minutes));
        });
        return travel;
    }

    private static List<Site> sites(Community community) {
        List<Site> sites = new ArrayList<>();
        sites.add(new Site(community.id)
                .name(community.name + " community")
                .district(community.district)
                .latitude(community.latitude)
                .longitude(community.longitude));
        for (Community.PartnerSite partner : community.partnerSites) {
            sites.add(new Site(partner.id())
                    .name(partner.name())
                    .district(community.district)
                    .latitude(partner.latitude())
                    .longitude(partner.longitude()));
        }
        return sites;
    }

    private Venue venue(Place place) {
        Venue venue = new Venue(place.id, place.capacity)
                .name(place.name)
                .site(place.siteId)
                .features(new ArrayList<>(place.features));
        if (place.isPartner()) {
            venue.partner(place.partnerName)
                    .weeklyQuotaMinutes(place.partnerKind.weeklyQuotaMinutes())
                    .costPerHour(place.partnerKind.costPerHour() > 0 ? place.partnerKind.costPerHour() : null);
            for (PartnerKind.Lending lending : place.partnerKind.lending(week)) {
                venue.addAvailabilityItem(window(lending.days(), lending.start(), lending.end()));
            }
        }
        if (place.closure != null) {
            venue.addClosuresItem(window(List.of(place.closure[0]), place.closure[1], place.closure[2]));
        }
        return venue;
    }

    private Tutor tutor(Teacher teacher) {
        Tutor tutor = new Tutor(teacher.id)
                .name(teacher.name)
                .kind(teacher.certified ? TutorKind.CERTIFIED_TUTOR : TutorKind.PARTNER_INSTRUCTOR)
                .qualifications(qualifications(teacher))
                .availability(new ArrayList<>(
                        List.of(window(List.copyOf(teacher.days), teacher.windowStart, teacher.windowEnd))))
                .maxMinutesPerDay(teacher.maxPerDay)
                .maxMinutesPerWeek(teacher.maxPerWeek)
                .homeSite(teacher.community.id)
                .sites(new ArrayList<>(teacher.siteIds));
        return tutor;
    }

    /**
     * What a teacher is qualified for: every course of their profile and every course the reference timetable has
     * them teach, for the grade bands they teach it to, sometimes widened to every grade the course has. Partner
     * instructors' themes keep the format's default band, 0 to 99: all grades.
     */
    private List<Qualification> qualifications(Teacher teacher) {
        Map<Course, int[]> bands = new LinkedHashMap<>();
        for (Course course : teacher.profile) {
            bands.put(course, null);
        }
        for (Offering group : teacher.community.groups) {
            for (Offering.Placement placement : group.placements) {
                if (placement.teacher() == teacher) {
                    int[] band = gradeBand(group);
                    bands.merge(
                            group.course,
                            band,
                            (a, b) -> a == null ? b : new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
                }
            }
        }
        List<Qualification> qualifications = new ArrayList<>();
        bands.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Course, int[]> e) -> Course.SUBJECTS.indexOf(e.getKey()))
                        .thenComparingInt(e -> Course.THEMES.indexOf(e.getKey())))
                .forEach(entry -> {
                    Course course = entry.getKey();
                    Qualification qualification = new Qualification(course.id());
                    if (teacher.certified) {
                        int lowest = Math.max(1, course.minGrade());
                        int[] band = entry.getValue();
                        if (band == null || random.nextDouble() < WIDE_BAND) {
                            band = new int[] {lowest, 6};
                        }
                        qualification.minGrade(band[0]).maxGrade(band[1]);
                    }
                    qualifications.add(qualification);
                });
        return qualifications;
    }

    private static int[] gradeBand(Offering group) {
        if (group.band != null) {
            return group.band;
        }
        int min = group.children.stream().mapToInt(c -> c.grade).min().orElse(1);
        int max = group.children.stream().mapToInt(c -> c.grade).max().orElse(6);
        return new int[] {min, max};
    }

    private static Student student(Child child, Community community) {
        Student student = new Student(child.id).grade(child.grade).homeSite(community.id);
        if (child.schoolEnds != null) {
            Map<Integer, List<Integer>> daysByEnd = new TreeMap<>();
            for (int day = 0; day < child.schoolEnds.length; day++) {
                daysByEnd
                        .computeIfAbsent(child.schoolEnds[day], end -> new ArrayList<>())
                        .add(day);
            }
            daysByEnd.entrySet().stream()
                    .sorted(Comparator.comparingInt(e -> e.getValue().getFirst()))
                    .forEach(e ->
                            student.addSchoolTimetableItem(window(e.getValue(), WeekKind.SCHOOL_START, e.getKey())));
        }
        return student;
    }

    private Group group(Offering offering) {
        Group group = new Group(offering.id, offering.isKnowledge() ? KNOWLEDGE : ENRICHMENT, offering.minutes)
                .name(offering.name)
                .certification(offering.course.id())
                .sessionsPerWeek(offering.sessions)
                .students(new ArrayList<>(
                        offering.children.stream().map(c -> c.id).sorted().toList()))
                .requiredFeatures(new ArrayList<>(offering.course.features()))
                .minDays(offering.sessions > 1 ? distinctDays(offering) : 0)
                .priority(offering.isKnowledge() ? KNOWLEDGE_PRIORITY : 1)
                .sites(new ArrayList<>(offering.community.siteIds()));
        if (offering.band != null) {
            group.minGrade(offering.band[0]).maxGrade(offering.band[1]);
        }
        if (offering.blockedDay >= 0) {
            WeekKind.Window window = week.window(offering.isKnowledge());
            group.addBlockedTimesItem(window(List.of(offering.blockedDay), window.start(), window.end()));
        }
        Teacher only = soleTeacher(offering);
        if (offering.isKnowledge() && only != null && random.nextDouble() < FIXED_TUTOR) {
            group.fixedTutor(only.id);
        }
        return group;
    }

    private static int distinctDays(Offering offering) {
        return (int) offering.placements.stream()
                .map(p -> Minutes.day(p.start()))
                .distinct()
                .count();
    }

    private static Teacher soleTeacher(Offering offering) {
        List<Teacher> teachers = offering.placements.stream()
                .map(Offering.Placement::teacher)
                .distinct()
                .toList();
        return teachers.size() == 1 ? teachers.getFirst() : null;
    }

    /** The reference timetable as sessions with the ids the plan's groups get by default. */
    List<Session> reference(List<Community> communities) {
        List<Session> sessions = new ArrayList<>();
        for (Community community : communities) {
            for (Offering group : community.groups) {
                for (int i = 0; i < group.placements.size(); i++) {
                    Offering.Placement placement = group.placements.get(i);
                    LocalDateTime start = week.startDate().atStartOfDay().plusMinutes(placement.start());
                    sessions.add(new Session(group.id + "#" + (i + 1), group.id)
                            .start(start.format(LOCAL_DATE_TIME))
                            .end(start.plusMinutes(group.minutes).format(LOCAL_DATE_TIME))
                            .tutor(placement.teacher().id)
                            .venue(placement.place().id));
                }
            }
        }
        return sessions;
    }
}
