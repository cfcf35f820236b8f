package org.linli.datasets.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/**
 * Generates one community: its rooms and partner venues, its children with their grades and school timetables, its
 * knowledge groups (by grade band and subject) and enrichment groups (by theme, across grades), and its certified
 * tutors and partner instructors with their availability and limits. How many teachers it gets follows from how much
 * its groups meet, so that every community has about the same slack.
 */
final class CommunityGenerator {

    static final int MIN_GROUP = 8;
    static final int MAX_GROUP = 15;
    private static final double TARGET_KNOWLEDGE_GROUP = 11.5;
    private static final double TARGET_ENRICHMENT_GROUP = 12.0;
    private static final List<int[]> BANDS = List.of(new int[] {1, 2}, new int[] {3, 4}, new int[] {5, 6});

    private static final double SECOND_KNOWLEDGE_GROUP_HOLIDAY = 0.45;
    private static final double SECOND_KNOWLEDGE_GROUP_SCHOOL = 0.35;
    /** Grades 5-6 have the longest school days and the most homework: fewer take a second group in term time. */
    private static final double SECOND_KNOWLEDGE_GROUP_SCHOOL_OLDEST = 0.2;

    private static final double AFTER_SCHOOL_SERVICE = 0.2;
    private static final double HALL_CLOSURE = 0.3;
    private static final double BLOCKED_DAY = 0.08;
    private static final double ROOM_UTILISATION = 0.55;
    private static final double SECOND_COURSE = 0.6;

    private final Preset preset;
    private final WeekKind week;
    private final SplittableRandom random;

    CommunityGenerator(Preset preset, WeekKind week, SplittableRandom random) {
        this.preset = preset;
        this.week = week;
        this.random = random;
    }

    Community generate(Community community, List<PartnerKind> partners) {
        addPartners(community, partners);
        addRooms(community);
        addChildren(community);
        addKnowledgeGroups(community);
        addEnrichmentGroups(community);
        ensureComputers(community);
        addRoomsForDemand(community, true);
        addRoomsForDemand(community, false);
        addBlockedDays(community);
        addTeachers(community, true);
        addTeachers(community, false);
        return community;
    }

    // ************************************************************************
    // Venues
    // ************************************************************************

    private void addPartners(Community community, List<PartnerKind> partners) {
        for (int i = 0; i < partners.size(); i++) {
            PartnerKind kind = partners.get(i);
            String partnerName = Names.pick(kind.names(), random);
            double distanceKm = 0.3 + random.nextDouble() * 0.5;
            double angle = random.nextDouble() * 2 * Math.PI;
            Community.PartnerSite site = new Community.PartnerSite(
                    community.id + "-p" + (i + 1),
                    partnerName + ", " + community.name,
                    Geo.round(community.latitude + Geo.latitudeDegrees(distanceKm * StrictMath.sin(angle))),
                    Geo.round(community.longitude
                            + Geo.longitudeDegrees(distanceKm * StrictMath.cos(angle), community.latitude)));
            community.partnerSites.add(site);
            List<int[]> lending = new ArrayList<>();
            for (PartnerKind.Lending window : kind.lending(week)) {
                for (int day : window.days()) {
                    lending.add(new int[] {Minutes.of(day, window.start()), Minutes.of(day, window.end())});
                }
            }
            community.places.add(new Place(
                    community.id + "-" + kind.code(),
                    partnerName + " (" + community.name + ")",
                    site.id(),
                    kind.capacity(),
                    kind.features(),
                    kind,
                    partnerName,
                    lending));
        }
    }

    private void addRooms(Community community) {
        Place hall = new Place(
                community.id + "-hall",
                community.name + " community hall",
                community.id,
                30,
                List.of("craft-tables"),
                null,
                null,
                null);
        if (random.nextDouble() < HALL_CLOSURE) {
            // The residents' committee meets in the hall once a week, during the enrichment track's window.
            WeekKind.Window window = week.window(false);
            hall.closure = new int[] {2 + random.nextInt(2), window.start(), window.start() + 60};
        }
        community.places.add(hall);
        community.places.add(new Place(
                community.id + "-study",
                community.name + " study room",
                community.id,
                16,
                List.of(),
                null,
                null,
                null));
        if (preset.isNeighbourhood() || random.nextBoolean()) {
            community.places.add(new Place(
                    community.id + "-reading",
                    community.name + " reading room",
                    community.id,
                    12,
                    List.of(),
                    null,
                    null,
                    null));
        }
    }

    /**
     * A community whose groups of a track would fill more than {@value #ROOM_UTILISATION} of its venues' time in
     * that track's window opens one more activity room, and so on: a busy community has more rooms.
     */
    private void addRoomsForDemand(Community community, boolean knowledge) {
        if (preset.isNeighbourhood()) {
            return;
        }
        int demand = community.groups.stream()
                .filter(group -> group.isKnowledge() == knowledge)
                .mapToInt(group -> group.sessions * group.minutes)
                .sum();
        WeekKind.Window window = week.window(knowledge);
        int extra = 0;
        while (demand > ROOM_UTILISATION * venueMinutes(community, window)) {
            extra++;
            community.places.add(new Place(
                    community.id + "-activity-" + (knowledge ? "k" : "e") + extra,
                    community.name + " activity room " + extra,
                    community.id,
                    16,
                    List.of(),
                    null,
                    null,
                    null));
        }
    }

    /** The minutes a week the community's venues can be used in a track's daily window. */
    private static int venueMinutes(Community community, WeekKind.Window window) {
        int total = 0;
        for (Place place : community.places) {
            for (int day = 0; day < WeekKind.DAYS.size(); day++) {
                int from = Minutes.of(day, window.start());
                int to = Minutes.of(day, window.end());
                if (place.lending == null) {
                    total += to - from;
                } else {
                    for (int[] lent : place.lending) {
                        total += Math.max(0, Math.min(to, lent[1]) - Math.max(from, lent[0]));
                    }
                }
            }
        }
        return total;
    }

    /** A community that offers coding and has no venue with computers fits its study room with them. */
    private void ensureComputers(Community community) {
        boolean needed =
                community.groups.stream().anyMatch(g -> g.course.features().contains("computers"));
        boolean present = community.places.stream().anyMatch(p -> p.features.contains("computers"));
        if (needed && !present) {
            community.places.stream()
                    .filter(place -> place.id.endsWith("-study"))
                    .findFirst()
                    .orElseThrow()
                    .features
                    .add("computers");
        }
    }

    // ************************************************************************
    // Children and groups
    // ************************************************************************

    private void addChildren(Community community) {
        int count = preset.minStudents() + random.nextInt(preset.maxStudents() - preset.minStudents() + 1);
        for (int i = 1; i <= count; i++) {
            int grade = 1 + random.nextInt(6);
            community.children.add(
                    new Child(String.format(Locale.ROOT, "%s-s%03d", community.id, i), grade, schoolEnds(grade)));
        }
    }

    /** The end of school on each weekday; some children stay for the school's after-school service on a day or two. */
    private int[] schoolEnds(int grade) {
        if (week != WeekKind.SCHOOL) {
            return null;
        }
        int[] ends = new int[WeekKind.DAYS.size()];
        for (int day = 0; day < ends.length; day++) {
            ends[day] = WeekKind.schoolEnd(grade, day);
        }
        if (random.nextDouble() < AFTER_SCHOOL_SERVICE) {
            int stays = 1 + random.nextInt(2);
            for (int i = 0; i < stays; i++) {
                int day = random.nextInt(ends.length);
                ends[day] = Math.max(ends[day], WeekKind.afterSchoolServiceEnd(grade));
            }
        }
        return ends;
    }

    private void addKnowledgeGroups(Community community) {
        for (int[] band : BANDS) {
            List<Child> children = community.children.stream()
                    .filter(child -> child.grade >= band[0] && child.grade <= band[1])
                    .toList();
            if (children.isEmpty()) {
                continue;
            }
            Map<Child, Integer> wanted = new LinkedHashMap<>();
            double second = secondGroupShare(band);
            children.forEach(child -> wanted.put(child, random.nextDouble() < second ? 2 : 1));
            List<Course> eligible = Course.SUBJECTS.stream()
                    .filter(course -> course.minGrade() <= band[0])
                    .toList();
            int count = groupCount(wanted, TARGET_KNOWLEDGE_GROUP);
            List<Offering> groups = new ArrayList<>();
            for (Course course : chooseCourses(eligible, count)) {
                String id = uniqueId(community, community.id + "-" + course.id() + "-g" + band[0] + band[1]);
                addGroup(
                        community,
                        groups,
                        new Offering(
                                id,
                                course.name() + ", grades " + band[0] + "-" + band[1],
                                course,
                                community,
                                band,
                                course.sessions(week),
                                course.minutes(week)));
            }
            enrol(children, wanted, groups, true);
        }
    }

    private double secondGroupShare(int[] band) {
        if (week == WeekKind.HOLIDAY) {
            return SECOND_KNOWLEDGE_GROUP_HOLIDAY;
        }
        return band[0] >= 5 ? SECOND_KNOWLEDGE_GROUP_SCHOOL_OLDEST : SECOND_KNOWLEDGE_GROUP_SCHOOL;
    }

    private void addEnrichmentGroups(Community community) {
        Map<Child, Integer> wanted = new LinkedHashMap<>();
        for (Child child : community.children) {
            double draw = random.nextDouble();
            wanted.put(child, draw < 0.3 ? 0 : draw < 0.8 ? 1 : 2);
        }
        int count = groupCount(wanted, TARGET_ENRICHMENT_GROUP);
        List<Offering> groups = new ArrayList<>();
        for (Course course : chooseCourses(Course.THEMES, count)) {
            String id = uniqueId(community, community.id + "-" + course.id());
            addGroup(
                    community,
                    groups,
                    new Offering(
                            id, course.name(), course, community, null, course.sessions(week), course.minutes(week)));
        }
        enrol(community.children, wanted, groups, false);
    }

    private static void addGroup(Community community, List<Offering> groups, Offering group) {
        groups.add(group);
        community.groups.add(group);
    }

    /** Enough groups for the wanted places at the target size, and never fewer than the largest size allows. */
    private static int groupCount(Map<Child, Integer> wanted, double targetSize) {
        int places = wanted.values().stream().mapToInt(Integer::intValue).sum();
        if (places == 0) {
            return 0;
        }
        return Math.max(1, Math.max((int) Math.round(places / targetSize), (places + MAX_GROUP - 1) / MAX_GROUP));
    }

    /** Picks courses by popularity, each once before any is offered twice. */
    private List<Course> chooseCourses(List<Course> eligible, int count) {
        List<Course> chosen = new ArrayList<>();
        List<Course> pool = new ArrayList<>();
        while (chosen.size() < count) {
            if (pool.isEmpty()) {
                pool.addAll(eligible);
            }
            Course course = weightedPick(pool, Course::weight);
            pool.remove(course);
            chosen.add(course);
        }
        chosen.sort(Comparator.comparingInt(Course.SUBJECTS::indexOf).thenComparingInt(Course.THEMES::indexOf));
        return chosen;
    }

    private <T> T weightedPick(List<T> items, java.util.function.ToDoubleFunction<T> weight) {
        double total = items.stream().mapToDouble(weight).sum();
        double draw = random.nextDouble() * total;
        for (T item : items) {
            draw -= weight.applyAsDouble(item);
            if (draw < 0) {
                return item;
            }
        }
        return items.getLast();
    }

    private static String uniqueId(Community community, String base) {
        String id = base;
        for (int n = 2; hasGroup(community, id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static boolean hasGroup(Community community, String id) {
        return community.groups.stream().anyMatch(group -> group.id.equals(id));
    }

    /**
     * Gives each child the groups they want, first one each, then the second ones, always to one of the least full
     * groups of a course they do not take yet; then fills groups below the least size from children with room.
     */
    private void enrol(List<Child> children, Map<Child, Integer> wanted, List<Offering> groups, boolean knowledge) {
        if (groups.isEmpty()) {
            return;
        }
        List<Child> order = shuffled(children);
        for (int round = 1; round <= 2; round++) {
            for (Child child : order) {
                if (wanted.getOrDefault(child, 0) >= round) {
                    joinLeastFull(child, groups);
                }
            }
        }
        for (Offering group : groups) {
            for (Child child : shuffled(children)) {
                if (group.size() >= MIN_GROUP) {
                    break;
                }
                if (child.groupCount(knowledge) < 2 && canJoin(child, group)) {
                    group.add(child);
                }
            }
        }
    }

    private void joinLeastFull(Child child, List<Offering> groups) {
        Offering best = null;
        double bestScore = Double.MAX_VALUE;
        for (Offering group : groups) {
            if (group.size() < MAX_GROUP && canJoin(child, group)) {
                double score = group.size() + random.nextDouble() * 4;
                if (score < bestScore) {
                    bestScore = score;
                    best = group;
                }
            }
        }
        if (best != null) {
            best.add(child);
        }
    }

    private static boolean canJoin(Child child, Offering group) {
        return !child.takes(group.course)
                && child.grade >= group.course.minGrade()
                && (group.band == null || (child.grade >= group.band[0] && child.grade <= group.band[1]));
    }

    private List<Child> shuffled(List<Child> children) {
        List<Child> list = new ArrayList<>(children);
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Child swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
        return list;
    }

    /** A few groups cannot meet on one day of the week (a class trip, a school event). */
    private void addBlockedDays(Community community) {
        for (Offering group : community.groups) {
            if (group.sessions < WeekKind.DAYS.size() && random.nextDouble() < BLOCKED_DAY) {
                group.blockedDay = random.nextInt(WeekKind.DAYS.size());
            }
        }
    }

    // ************************************************************************
    // Teachers
    // ************************************************************************

    /**
     * Adds certified tutors for the knowledge groups or partner instructors for the enrichment groups: a
     * neighbourhood has a fixed staff, a district community as many as its groups' minutes need at a target
     * utilisation. Each teacher mainly teaches one or two courses, chosen where the demand is.
     */
    private void addTeachers(Community community, boolean certified) {
        List<Offering> groups = community.groups.stream()
                .filter(g -> g.isKnowledge() == certified)
                .toList();
        Map<Course, Integer> demand = new LinkedHashMap<>();
        for (Offering group : groups) {
            demand.merge(group.course, group.sessions * group.minutes, Integer::sum);
        }
        int totalDemand = demand.values().stream().mapToInt(Integer::intValue).sum();
        int windowMinutes = week.window(certified).minutes();
        List<Teacher> teachers = new ArrayList<>();
        Map<Course, Integer> primaries = new LinkedHashMap<>();
        while (needsAnother(teachers, certified, totalDemand, windowMinutes)) {
            Teacher teacher = newTeacher(community, certified, teachers.size() + 1);
            Course primary = demand.keySet().stream()
                    .max(Comparator.comparingDouble(c -> demand.get(c) / (1.0 + primaries.getOrDefault(c, 0))))
                    .orElse(null);
            if (primary != null) {
                teacher.profile.add(primary);
                primaries.merge(primary, 1, Integer::sum);
                List<Course> others =
                        demand.keySet().stream().filter(c -> c != primary).toList();
                if (!others.isEmpty() && random.nextDouble() < SECOND_COURSE) {
                    teacher.profile.add(weightedPick(others, demand::get));
                }
            }
            teachers.add(teacher);
        }
        backUp(teachers, demand);
        for (Offering group : groups.stream()
                .sorted(Comparator.comparingInt((Offering g) -> -g.sessions * g.minutes))
                .toList()) {
            Teacher primary = teachers.stream()
                    .filter(t -> t.profile.contains(group.course))
                    .min(Comparator.comparingInt((Teacher t) -> t.plannedMinutes))
                    .orElseGet(() -> teachers.stream()
                            .min(Comparator.comparingInt((Teacher t) -> t.plannedMinutes))
                            .orElseThrow());
            primary.profile.add(group.course);
            primary.plannedMinutes += group.sessions * group.minutes;
            group.primaryTeacher = primary;
        }
        community.teachers.addAll(teachers);
    }

    /**
     * Makes every course the teachers of a track cover the profile of at least two of them, when there are two, so
     * that each group has a second teacher to turn to: the course goes to the teacher with the fewest courses.
     */
    private static void backUp(List<Teacher> teachers, Map<Course, Integer> demand) {
        if (teachers.size() < 2) {
            return;
        }
        for (Course course : demand.keySet()) {
            while (teachers.stream().filter(t -> t.profile.contains(course)).count() < 2) {
                teachers.stream()
                        .filter(t -> !t.profile.contains(course))
                        .min(Comparator.comparingInt((Teacher t) -> t.profile.size())
                                .thenComparing(t -> t.id))
                        .orElseThrow()
                        .profile
                        .add(course);
            }
        }
    }

    private boolean needsAnother(List<Teacher> teachers, boolean certified, int demand, int windowMinutes) {
        if (preset.isNeighbourhood()) {
            return teachers.size() < (certified ? 5 : 3);
        }
        if (demand == 0) {
            return false;
        }
        double utilisation =
                certified ? (week == WeekKind.HOLIDAY ? 0.55 : 0.7) : (week == WeekKind.HOLIDAY ? 0.5 : 0.65);
        ToIntFunction<Teacher> capacity = teacher -> teacher.capacity(windowMinutes);
        return teachers.stream().mapToInt(capacity).sum() * utilisation < demand;
    }

    private Teacher newTeacher(Community community, boolean certified, int number) {
        boolean holiday = week == WeekKind.HOLIDAY;
        int windowStart;
        int windowEnd;
        int maxPerDay;
        int maxPerWeek;
        int dayCount;
        if (certified && holiday) {
            windowStart = 8 * 60 + 30;
            windowEnd = 12 * 60 + 30;
            maxPerDay = 180;
            maxPerWeek = random.nextBoolean() ? 540 : 720;
            double draw = random.nextDouble();
            dayCount = draw < 0.5 ? 5 : draw < 0.85 ? 4 : 3;
        } else if (certified) {
            int[] starts = {16 * 60, 16 * 60, 16 * 60 + 30, 17 * 60};
            windowStart = starts[random.nextInt(starts.length)];
            windowEnd = 18 * 60 + 30;
            maxPerDay = random.nextDouble() < 0.3 ? 90 : 120;
            maxPerWeek = 240 + 60 * random.nextInt(3);
            dayCount = 2 + random.nextInt(3);
        } else if (holiday) {
            windowStart = 13 * 60 + 30;
            windowEnd = 17 * 60;
            maxPerDay = 150;
            maxPerWeek = 300 + 60 * random.nextInt(3);
            dayCount = 3 + random.nextInt(3);
        } else {
            windowStart = 18 * 60;
            windowEnd = 20 * 60;
            maxPerDay = 90;
            maxPerWeek = 180 + 45 * random.nextInt(3);
            dayCount = 2 + random.nextInt(3);
        }
        Teacher teacher = new Teacher(
                community.id + (certified ? "-t" : "-i") + number,
                Names.person(random),
                certified,
                community,
                windowStart,
                windowEnd,
                maxPerDay,
                maxPerWeek);
        List<Integer> days = new ArrayList<>(List.of(0, 1, 2, 3, 4));
        while (days.size() > dayCount) {
            days.remove(random.nextInt(days.size()));
        }
        teacher.days.addAll(days);
        teacher.siteIds.addAll(community.siteIds());
        return teacher;
    }
}
