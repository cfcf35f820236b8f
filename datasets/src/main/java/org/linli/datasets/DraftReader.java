package org.linli.datasets;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.linli.format.Certification;
import org.linli.format.PlanWeek;
import org.linli.format.RuleWeight;
import org.linli.format.TravelTime;
import org.linli.solver.domain.Group;
import org.linli.solver.domain.Interval;
import org.linli.solver.domain.IntervalSet;
import org.linli.solver.domain.PlanDraft;
import org.linli.solver.domain.PlanSettings;
import org.linli.solver.domain.Qualification;
import org.linli.solver.domain.Session;
import org.linli.solver.domain.Site;
import org.linli.solver.domain.Student;
import org.linli.solver.domain.Track;
import org.linli.solver.domain.TravelTable;
import org.linli.solver.domain.Tutor;
import org.linli.solver.domain.TutorKind;
import org.linli.solver.domain.Venue;
import org.linli.solver.domain.WeekClock;
import org.linli.solver.rules.Rule;

/**
 * Reads one plan of the format into a {@link PlanDraft}, checking everything the schema cannot: references between
 * collections, repeated ids, times, and the rules' own ranges. It reads on past each problem, building what it can,
 * so that the {@link PlanValidationException} it ends with lists every problem of the plan at once.
 *
 * <p>Defaults are the schema's: a 7-day week, 30-minute granularity, priority 1, 1 session a week, no minimum days,
 * a group as large as its students, a grade band from its students' grades (0 to 99 when none is known), certified
 * tutors, a 15-minute adjacent gap, 15 km/h and 30 minutes of travel. An absent or empty availability means always.
 */
final class DraftReader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final int DEFAULT_DAYS = 7;
    private static final int DEFAULT_GRANULARITY = 30;
    private static final int DEFAULT_ADJACENT_GAP = 15;
    private static final double DEFAULT_SPEED_KMH = 15.0;
    private static final int DEFAULT_TRAVEL_MINUTES = 30;
    private static final int UNKNOWN_MIN_GRADE = 0;
    private static final int UNKNOWN_MAX_GRADE = 99;
    private static final int MAX_PRIORITY = 100;

    private final org.linli.format.WeeklyPlan plan;
    private final Problems problems = new Problems();
    private WeekClock clock;
    private WeekTimes times;

    private final IdIndex certificationIds = new IdIndex("certification", "$.certifications");
    private final IdIndex trackIds = new IdIndex("track", "$.tracks");
    private final IdIndex siteIds = new IdIndex("site", "$.sites");
    private final IdIndex venueIds = new IdIndex("venue", "$.venues");
    private final IdIndex tutorIds = new IdIndex("tutor", "$.tutors");
    private final IdIndex studentIds = new IdIndex("student", "$.students");
    private final IdIndex groupIds = new IdIndex("group", "$.groups");
    private final IdIndex sessionIds = new IdIndex("session", "$.sessions");

    private final Map<String, Track> tracks = new LinkedHashMap<>();
    private final Map<String, Site> sites = new LinkedHashMap<>();
    private final Map<String, Venue> venues = new LinkedHashMap<>();
    private final Map<String, Tutor> tutors = new LinkedHashMap<>();
    private final Map<String, Student> students = new LinkedHashMap<>();
    private final Map<String, Integer> gradeByStudent = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();

    private DraftReader(org.linli.format.WeeklyPlan plan) {
        this.plan = plan;
    }

    static PlanDraft read(org.linli.format.WeeklyPlan plan) {
        if (plan == null) {
            throw new PlanValidationException(
                    new PlanProblem("$", "The plan is missing (null); send a weekly plan object."));
        }
        return new DraftReader(plan).read();
    }

    private PlanDraft read() {
        if (plan.getId() == null || plan.getId().isBlank()) {
            problems.add(
                    "$.id",
                    "The plan has no id (" + (plan.getId() == null ? "missing" : "blank")
                            + "); give it a non-blank id.");
        }
        clock = readWeek(plan.getWeek());
        times = new WeekTimes(clock, problems);
        PlanSettings settings = readSettings();
        readCertifications();
        readTracks();
        readSites();
        TravelTable travel = readTravel();
        readVenues();
        readTutors();
        readStudents();
        readGroups();
        List<Session> sessions = readSessions();
        Map<String, HardMediumSoftScore> ruleWeights = readRuleWeights();
        problems.throwIfAny();
        return new PlanDraft(
                plan.getId(),
                plan.getName(),
                clock,
                settings,
                List.copyOf(tracks.values()),
                new ArrayList<>(sites.values()),
                travel,
                List.copyOf(venues.values()),
                List.copyOf(tutors.values()),
                List.copyOf(students.values()),
                List.copyOf(groups.values()),
                sessions,
                ruleWeights);
    }

    // ************************************************************************
    // The week and plan-wide settings
    // ************************************************************************

    private WeekClock readWeek(PlanWeek week) {
        if (week == null) {
            problems.add(
                    "$.week",
                    "The plan has no week (missing); give one such as"
                            + " {\"startDate\": \"2026-07-06\", \"days\": 5, \"timeZone\": \"Asia/Shanghai\"}.");
            return null;
        }
        LocalDate startDate = readDate(week.getStartDate());
        int days = week.getDays() == null ? DEFAULT_DAYS : week.getDays();
        boolean daysValid = days >= 1 && days <= 7;
        if (!daysValid) {
            problems.add("$.week.days", "The week's days (" + days + ") must be 1 to 7; give how many days it covers.");
        }
        ZoneId zone = readZone(week.getTimeZone());
        if (startDate == null || !daysValid || zone == null) {
            return null;
        }
        return new WeekClock(startDate, days, zone);
    }

    private LocalDate readDate(String text) {
        if (text == null) {
            problems.add(
                    "$.week.startDate", "The week's start date is missing (missing); give one such as 2026-07-06.");
            return null;
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text, DATE);
            }
        } catch (DateTimeParseException e) {
            // reported below, as any other text that is not a date
        }
        problems.add(
                "$.week.startDate",
                "The week's start date (" + text + ") is not a date yyyy-MM-dd; give a real date such as 2026-07-06.");
        return null;
    }

    private ZoneId readZone(String text) {
        if (text == null) {
            problems.add(
                    "$.week.timeZone",
                    "The week's time zone is missing (missing); give an IANA id such as Asia/Shanghai.");
            return null;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            problems.add(
                    "$.week.timeZone",
                    "The time zone (" + text + ") is unknown; give an IANA id such as Asia/Shanghai.");
            return null;
        }
    }

    private PlanSettings readSettings() {
        if (plan.getSettings() == null || plan.getSettings().getAdjacentGapMinutes() == null) {
            return PlanSettings.DEFAULT;
        }
        int gap = plan.getSettings().getAdjacentGapMinutes();
        if (gap < 0) {
            problems.add(
                    "$.settings.adjacentGapMinutes",
                    "The adjacent gap (" + gap + " minutes) is negative; give 0 or more minutes.");
            return PlanSettings.DEFAULT;
        }
        return new PlanSettings(gap);
    }

    private void readCertifications() {
        List<Certification> list = optionalList(plan.getCertifications());
        for (int i = 0; i < list.size(); i++) {
            String path = "$.certifications[" + i + "]";
            if (notNull(list.get(i), path, "certification")) {
                certificationIds.register(list.get(i).getId(), path, problems);
            }
        }
    }

    /** Checks a certification a tutor holds or a group needs, against the plan's list when it has one. */
    private void checkCertification(String certification, String path, String owner) {
        if (certification != null && !certificationIds.isEmpty()) {
            certificationIds.checkReference(certification, path, owner, problems);
        }
    }

    // ************************************************************************
    // Tracks, sites and travel
    // ************************************************************************

    private void readTracks() {
        List<org.linli.format.Track> list = requiredList(plan.getTracks(), "$.tracks", "tracks");
        for (int i = 0; i < list.size(); i++) {
            String path = "$.tracks[" + i + "]";
            org.linli.format.Track track = list.get(i);
            if (!notNull(track, path, "track")) {
                continue;
            }
            boolean isNew = trackIds.register(track.getId(), path, problems);
            int granularity =
                    track.getGranularityMinutes() == null ? DEFAULT_GRANULARITY : track.getGranularityMinutes();
            if (granularity < 1) {
                problems.add(
                        path + ".granularityMinutes",
                        "The granularity (" + granularity + " minutes) of track (" + track.getId()
                                + ") is not positive; give 1 or more minutes.");
            }
            if (track.getWindows() == null || track.getWindows().isEmpty()) {
                problems.add(
                        path + ".windows",
                        "The track (" + track.getId() + ") has no windows ("
                                + (track.getWindows() == null ? "missing" : "[]")
                                + "); list at least one, such as {\"days\": [\"MONDAY\"], \"start\": \"09:00\","
                                + " \"end\": \"12:00\"}.");
            }
            IntervalSet windows = times.windows(track.getWindows(), path + ".windows");
            if (isNew && granularity >= 1) {
                tracks.put(
                        track.getId(),
                        new Track(
                                track.getId(),
                                track.getName(),
                                Boolean.TRUE.equals(track.getCertifiedTutorsOnly()),
                                granularity,
                                windows));
            }
        }
    }

    private void readSites() {
        List<org.linli.format.Site> list = optionalList(plan.getSites());
        for (int i = 0; i < list.size(); i++) {
            String path = "$.sites[" + i + "]";
            org.linli.format.Site site = list.get(i);
            if (!notNull(site, path, "site")) {
                continue;
            }
            boolean isNew = siteIds.register(site.getId(), path, problems);
            boolean valid = checkRange(site.getLatitude(), -90, 90, path + ".latitude", "latitude", site.getId());
            valid &= checkRange(site.getLongitude(), -180, 180, path + ".longitude", "longitude", site.getId());
            if (isNew && valid) {
                sites.put(
                        site.getId(),
                        new Site(
                                site.getId(),
                                site.getName(),
                                site.getDistrict(),
                                site.getLatitude(),
                                site.getLongitude()));
            }
        }
    }

    private boolean checkRange(Double value, double min, double max, String path, String what, String siteId) {
        if (value == null || (value >= min && value <= max)) {
            return true;
        }
        problems.add(
                path,
                "The " + what + " (" + value + ") of site (" + siteId + ") is outside " + (int) min + " to " + (int) max
                        + "; give degrees in that range.");
        return false;
    }

    private TravelTable readTravel() {
        org.linli.format.Travel travel = plan.getTravel();
        if (travel == null) {
            return new TravelTable(Map.of(), DEFAULT_SPEED_KMH, DEFAULT_TRAVEL_MINUTES);
        }
        double speed = travel.getSpeedKmh() == null ? DEFAULT_SPEED_KMH : travel.getSpeedKmh();
        if (!(speed > 0) || Double.isInfinite(speed)) {
            problems.add(
                    "$.travel.speedKmh",
                    "The travel speed (" + speed + " km/h) is not positive; give a speed above 0.");
            speed = DEFAULT_SPEED_KMH;
        }
        int defaultMinutes = travel.getDefaultMinutes() == null ? DEFAULT_TRAVEL_MINUTES : travel.getDefaultMinutes();
        if (defaultMinutes < 0) {
            problems.add(
                    "$.travel.defaultMinutes",
                    "The default travel time (" + defaultMinutes + " minutes) is negative; give 0 or more minutes.");
            defaultMinutes = DEFAULT_TRAVEL_MINUTES;
        }
        Map<String, Integer> listed = new LinkedHashMap<>();
        Map<String, String> pathByPair = new LinkedHashMap<>();
        List<TravelTime> list = optionalList(travel.getTimes());
        for (int i = 0; i < list.size(); i++) {
            String path = "$.travel.times[" + i + "]";
            TravelTime time = list.get(i);
            if (notNull(time, path, "travel time")) {
                readTravelTime(time, path, listed, pathByPair);
            }
        }
        return new TravelTable(listed, speed, defaultMinutes);
    }

    private void readTravelTime(
            TravelTime time, String path, Map<String, Integer> listed, Map<String, String> pathByPair) {
        String owner = "the travel time at " + path;
        boolean valid = requiredText(time.getFrom(), path + ".from", "The travel time's from site", "a site id");
        valid &= requiredText(time.getTo(), path + ".to", "The travel time's to site", "a site id");
        valid &= siteIds.checkReference(time.getFrom(), path + ".from", owner, problems);
        valid &= siteIds.checkReference(time.getTo(), path + ".to", owner, problems);
        if (time.getMinutes() == null) {
            problems.add(path + ".minutes", "The travel time's minutes are missing (missing); give 0 or more.");
            valid = false;
        } else if (time.getMinutes() < 0) {
            problems.add(
                    path + ".minutes",
                    "The travel time (" + time.getMinutes() + " minutes) is negative; give 0 or more minutes.");
            valid = false;
        }
        if (!valid) {
            return;
        }
        String key = TravelTable.pairKey(time.getFrom(), time.getTo());
        String firstPath = pathByPair.putIfAbsent(key, path);
        if (firstPath != null) {
            problems.add(
                    path,
                    "The pair of sites (" + time.getFrom() + ", " + time.getTo() + ") is listed twice: " + firstPath
                            + " and " + path + "; a pair counts in both directions, so keep one entry.");
            return;
        }
        listed.put(key, time.getMinutes());
    }

    // ************************************************************************
    // Venues and tutors
    // ************************************************************************

    private void readVenues() {
        List<org.linli.format.Venue> list = requiredList(plan.getVenues(), "$.venues", "venues");
        for (int i = 0; i < list.size(); i++) {
            String path = "$.venues[" + i + "]";
            org.linli.format.Venue venue = list.get(i);
            if (notNull(venue, path, "venue")) {
                readVenue(venue, path);
            }
        }
    }

    private void readVenue(org.linli.format.Venue venue, String path) {
        boolean valid = venueIds.register(venue.getId(), path, problems);
        String owner = "venue (" + venue.getId() + ")";
        valid &= siteIds.checkReference(venue.getSite(), path + ".site", owner, problems);
        Integer capacity = venue.getCapacity();
        if (capacity == null) {
            problems.add(path + ".capacity", "The capacity of " + owner + " is missing (missing); give its seats.");
            valid = false;
        } else if (capacity <= 0) {
            problems.add(
                    path + ".capacity",
                    "The capacity (" + capacity + ") of " + owner + " is not positive; give its seats, 1 or more.");
            valid = false;
        }
        valid &= atLeastZero(venue.getWeeklyQuotaMinutes(), path + ".weeklyQuotaMinutes", "weekly quota", owner);
        double cost = venue.getCostPerHour() == null ? 0.0 : venue.getCostPerHour();
        if (!(cost >= 0) || Double.isInfinite(cost)) {
            problems.add(
                    path + ".costPerHour",
                    "The cost per hour (" + cost + ") of " + owner + " is negative; give 0 or more.");
            valid = false;
        }
        List<String> features = texts(venue.getFeatures(), path + ".features", "feature");
        IntervalSet availability = availability(venue.getAvailability(), path + ".availability");
        IntervalSet closures = times.windows(venue.getClosures(), path + ".closures");
        if (valid) {
            venues.put(
                    venue.getId(),
                    new Venue(
                            venue.getId(),
                            venue.getName(),
                            venue.getSite() == null ? null : sites.get(venue.getSite()),
                            capacity,
                            Set.copyOf(features),
                            venue.getPartner(),
                            venue.getWeeklyQuotaMinutes(),
                            cost,
                            availability.minus(closures)));
        }
    }

    private void readTutors() {
        List<org.linli.format.Tutor> list = requiredList(plan.getTutors(), "$.tutors", "tutors");
        for (int i = 0; i < list.size(); i++) {
            String path = "$.tutors[" + i + "]";
            org.linli.format.Tutor tutor = list.get(i);
            if (notNull(tutor, path, "tutor")) {
                readTutor(tutor, path);
            }
        }
    }

    private void readTutor(org.linli.format.Tutor tutor, String path) {
        boolean valid = tutorIds.register(tutor.getId(), path, problems);
        String owner = "tutor (" + tutor.getId() + ")";
        TutorKind kind = tutor.getKind() == null
                ? TutorKind.CERTIFIED_TUTOR
                : TutorKind.valueOf(tutor.getKind().getValue());
        List<Qualification> qualifications = new ArrayList<>();
        List<org.linli.format.Qualification> listed = optionalList(tutor.getQualifications());
        for (int i = 0; i < listed.size(); i++) {
            String qualificationPath = path + ".qualifications[" + i + "]";
            if (notNull(listed.get(i), qualificationPath, "qualification")) {
                Qualification qualification = readQualification(listed.get(i), qualificationPath, owner);
                if (qualification == null) {
                    valid = false;
                } else {
                    qualifications.add(qualification);
                }
            }
        }
        IntervalSet availability = availability(tutor.getAvailability(), path + ".availability");
        valid &= atLeastZero(tutor.getMaxMinutesPerDay(), path + ".maxMinutesPerDay", "daily limit", owner);
        valid &= atLeastZero(tutor.getMaxMinutesPerWeek(), path + ".maxMinutesPerWeek", "weekly limit", owner);
        valid &= siteIds.checkReference(tutor.getHomeSite(), path + ".homeSite", owner, problems);
        Set<Site> workSites = siteSet(tutor.getSites(), path + ".sites", owner);
        if (valid) {
            tutors.put(
                    tutor.getId(),
                    new Tutor(
                            tutor.getId(),
                            tutor.getName(),
                            kind,
                            qualifications,
                            availability,
                            tutor.getMaxMinutesPerDay(),
                            tutor.getMaxMinutesPerWeek(),
                            tutor.getHomeSite() == null ? null : sites.get(tutor.getHomeSite()),
                            workSites));
        }
    }

    private Qualification readQualification(org.linli.format.Qualification qualification, String path, String owner) {
        String certification = qualification.getCertification();
        boolean valid = requiredText(
                certification, path + ".certification", "The certification of a qualification of " + owner, "its id");
        checkCertification(certification, path + ".certification", owner);
        int minGrade = qualification.getMinGrade() == null ? UNKNOWN_MIN_GRADE : qualification.getMinGrade();
        int maxGrade = qualification.getMaxGrade() == null ? UNKNOWN_MAX_GRADE : qualification.getMaxGrade();
        valid &= checkGradeBand(minGrade, maxGrade, path, "the qualification (" + certification + ") of " + owner);
        return valid ? new Qualification(certification, minGrade, maxGrade) : null;
    }

    private boolean checkGradeBand(int minGrade, int maxGrade, String path, String owner) {
        boolean valid = atLeastZero(minGrade, path + ".minGrade", "minimum grade", owner);
        valid &= atLeastZero(maxGrade, path + ".maxGrade", "maximum grade", owner);
        if (valid && minGrade > maxGrade) {
            problems.add(
                    path + ".minGrade",
                    "The minimum grade (" + minGrade + ") of " + owner + " is above its maximum grade (" + maxGrade
                            + "); give a band with minGrade at most maxGrade.");
            return false;
        }
        return valid;
    }

    // ************************************************************************
    // Students and groups
    // ************************************************************************

    private void readStudents() {
        List<org.linli.format.Student> list = optionalList(plan.getStudents());
        for (int i = 0; i < list.size(); i++) {
            String path = "$.students[" + i + "]";
            org.linli.format.Student student = list.get(i);
            if (!notNull(student, path, "student")) {
                continue;
            }
            boolean valid = studentIds.register(student.getId(), path, problems);
            String owner = "student (" + student.getId() + ")";
            valid &= atLeastZero(student.getGrade(), path + ".grade", "grade", owner);
            valid &= siteIds.checkReference(student.getHomeSite(), path + ".homeSite", owner, problems);
            IntervalSet school = times.windows(student.getSchoolTimetable(), path + ".schoolTimetable");
            if (valid) {
                int grade = student.getGrade() == null ? UNKNOWN_MIN_GRADE : student.getGrade();
                students.put(
                        student.getId(),
                        new Student(
                                student.getId(),
                                grade,
                                student.getHomeSite() == null ? null : sites.get(student.getHomeSite()),
                                school));
                if (student.getGrade() != null) {
                    gradeByStudent.put(student.getId(), student.getGrade());
                }
            }
        }
    }

    private void readGroups() {
        List<org.linli.format.Group> list = requiredList(plan.getGroups(), "$.groups", "groups");
        for (int i = 0; i < list.size(); i++) {
            String path = "$.groups[" + i + "]";
            org.linli.format.Group group = list.get(i);
            if (notNull(group, path, "group")) {
                readGroup(group, path);
            }
        }
    }

    private void readGroup(org.linli.format.Group group, String path) {
        boolean valid = groupIds.register(group.getId(), path, problems);
        String owner = "group (" + group.getId() + ")";
        valid &= requiredText(group.getTrack(), path + ".track", "The track of " + owner, "the id of its track");
        valid &= trackIds.checkReference(group.getTrack(), path + ".track", owner, problems);
        checkCertification(group.getCertification(), path + ".certification", owner);
        List<Student> members = groupStudents(group, path, owner);
        int minGrade = group.getMinGrade() != null
                ? group.getMinGrade()
                : knownGrades(group).min().orElse(UNKNOWN_MIN_GRADE);
        int maxGrade = group.getMaxGrade() != null
                ? group.getMaxGrade()
                : knownGrades(group).max().orElse(UNKNOWN_MAX_GRADE);
        valid &= checkGradeBand(minGrade, maxGrade, path, owner);
        int sessionsPerWeek = group.getSessionsPerWeek() == null ? 1 : group.getSessionsPerWeek();
        valid &= atLeastZero(sessionsPerWeek, path + ".sessionsPerWeek", "sessions a week", owner);
        valid &= checkSessionMinutes(group, path, owner);
        int size = group.getSize() == null ? members.size() : group.getSize();
        valid &= atLeastZero(size, path + ".size", "size", owner);
        List<String> features = texts(group.getRequiredFeatures(), path + ".requiredFeatures", "feature");
        int minDays = group.getMinDays() == null ? 0 : group.getMinDays();
        valid &= atLeastZero(minDays, path + ".minDays", "minimum days", owner);
        valid &= tutorIds.checkReference(group.getFixedTutor(), path + ".fixedTutor", owner, problems);
        IntervalSet blocked = times.windows(group.getBlockedTimes(), path + ".blockedTimes");
        int priority = group.getPriority() == null ? 1 : group.getPriority();
        if (priority < 1 || priority > MAX_PRIORITY) {
            problems.add(
                    path + ".priority",
                    "The priority (" + priority + ") of " + owner + " is outside 1 to " + MAX_PRIORITY
                            + "; give a priority in that range.");
            valid = false;
        }
        Set<Site> groupSites = siteSet(group.getSites(), path + ".sites", owner);
        Track track = group.getTrack() == null ? null : tracks.get(group.getTrack());
        if (valid && track != null) {
            groups.put(
                    group.getId(),
                    new Group(
                            group.getId(),
                            group.getName(),
                            track,
                            group.getCertification(),
                            minGrade,
                            maxGrade,
                            sessionsPerWeek,
                            group.getSessionMinutes(),
                            members,
                            size,
                            Set.copyOf(features),
                            minDays,
                            group.getFixedTutor() == null ? null : tutors.get(group.getFixedTutor()),
                            blocked,
                            priority,
                            groupSites));
        }
    }

    private IntStream knownGrades(org.linli.format.Group group) {
        return optionalList(group.getStudents()).stream()
                .filter(gradeByStudent::containsKey)
                .mapToInt(gradeByStudent::get);
    }

    private List<Student> groupStudents(org.linli.format.Group group, String path, String owner) {
        List<Student> members = new ArrayList<>();
        Map<String, String> pathByStudent = new LinkedHashMap<>();
        List<String> listed = optionalList(group.getStudents());
        for (int i = 0; i < listed.size(); i++) {
            String studentPath = path + ".students[" + i + "]";
            String id = listed.get(i);
            if (id == null) {
                problems.add(studentPath, "The student id is null (null); give a student id or remove it.");
                continue;
            }
            if (!studentIds.checkReference(id, studentPath, owner, problems)) {
                continue;
            }
            String firstPath = pathByStudent.putIfAbsent(id, studentPath);
            if (firstPath != null) {
                problems.add(
                        studentPath,
                        "The student (" + id + ") is listed twice in " + owner + ": " + firstPath + " and "
                                + studentPath + "; list each student once.");
            } else if (students.containsKey(id)) {
                members.add(students.get(id));
            }
        }
        return members;
    }

    private boolean checkSessionMinutes(org.linli.format.Group group, String path, String owner) {
        Integer minutes = group.getSessionMinutes();
        if (minutes == null) {
            problems.add(
                    path + ".sessionMinutes",
                    "The session length of " + owner + " is missing (missing); give sessionMinutes, such as 90.");
            return false;
        }
        if (minutes <= 0) {
            problems.add(
                    path + ".sessionMinutes",
                    "The session length (" + minutes + " minutes) of " + owner
                            + " is not positive; give 1 or more minutes.");
            return false;
        }
        Track track = group.getTrack() == null ? null : tracks.get(group.getTrack());
        if (track == null || track.getWindows().isEmpty()) {
            return true;
        }
        int longest = track.getWindows().intervals().stream()
                .mapToInt(Interval::minutes)
                .max()
                .orElse(0);
        if (minutes > longest) {
            problems.add(
                    path + ".sessionMinutes",
                    "The session length (" + minutes + " minutes) of " + owner + " is longer than every window of"
                            + " track (" + track.getId() + "), the longest of which has " + longest
                            + " minutes; shorten the sessions or widen the track's windows.");
            return false;
        }
        return true;
    }

    // ************************************************************************
    // Sessions and rule weights
    // ************************************************************************

    private List<Session> readSessions() {
        List<Session> sessions = new ArrayList<>();
        List<org.linli.format.Session> list = optionalList(plan.getSessions());
        for (int i = 0; i < list.size(); i++) {
            String path = "$.sessions[" + i + "]";
            org.linli.format.Session session = list.get(i);
            if (notNull(session, path, "session")) {
                Session read = readSession(session, path);
                if (read != null) {
                    sessions.add(read);
                }
            }
        }
        return sessions;
    }

    private Session readSession(org.linli.format.Session session, String path) {
        boolean valid = sessionIds.register(session.getId(), path, problems);
        String owner = "session (" + session.getId() + ")";
        valid &= requiredText(session.getGroup(), path + ".group", "The group of " + owner, "the id of its group");
        valid &= groupIds.checkReference(session.getGroup(), path + ".group", owner, problems);
        Integer start = null;
        if (session.getStart() != null) {
            start = times.sessionStart(session.getStart(), session.getId(), path + ".start");
            valid &= start != null;
        }
        valid &= tutorIds.checkReference(session.getTutor(), path + ".tutor", owner, problems);
        valid &= venueIds.checkReference(session.getVenue(), path + ".venue", owner, problems);
        boolean pinned = Boolean.TRUE.equals(session.getPinned());
        if (pinned) {
            valid &= checkPinnedValues(session, path, owner);
        }
        Group group = session.getGroup() == null ? null : groups.get(session.getGroup());
        if (!valid || group == null) {
            return null;
        }
        Session read = new Session(
                session.getId(),
                group,
                start,
                session.getTutor() == null ? null : tutors.get(session.getTutor()),
                session.getVenue() == null ? null : venues.get(session.getVenue()));
        read.setPinned(pinned);
        return read;
    }

    private boolean checkPinnedValues(org.linli.format.Session session, String path, String owner) {
        List<String> missing = new ArrayList<>();
        if (session.getStart() == null) {
            missing.add("start");
        }
        if (session.getTutor() == null) {
            missing.add("tutor");
        }
        if (session.getVenue() == null) {
            missing.add("venue");
        }
        if (missing.isEmpty()) {
            return true;
        }
        problems.add(
                path,
                "The pinned " + owner + " lacks its " + String.join(", ", missing) + " (missing); a pinned session"
                        + " keeps its start, tutor and venue, so give all three or unpin it.");
        return false;
    }

    private Map<String, HardMediumSoftScore> readRuleWeights() {
        Map<String, HardMediumSoftScore> weights = new LinkedHashMap<>();
        Map<String, String> pathByRule = new LinkedHashMap<>();
        List<RuleWeight> list = optionalList(plan.getRuleWeights());
        for (int i = 0; i < list.size(); i++) {
            String path = "$.ruleWeights[" + i + "]";
            RuleWeight weight = list.get(i);
            if (!notNull(weight, path, "rule weight")) {
                continue;
            }
            boolean valid = checkRuleName(weight.getRule(), path + ".rule");
            long hard = weightPart(weight.getHard(), path + ".hard", weight.getRule());
            long medium = weightPart(weight.getMedium(), path + ".medium", weight.getRule());
            long soft = weightPart(weight.getSoft(), path + ".soft", weight.getRule());
            valid &= hard >= 0 && medium >= 0 && soft >= 0;
            if (valid) {
                String firstPath = pathByRule.putIfAbsent(weight.getRule(), path);
                if (firstPath != null) {
                    problems.add(
                            path + ".rule",
                            "The rule (" + weight.getRule() + ") is weighted twice: " + firstPath + " and " + path
                                    + "; keep one weight per rule.");
                } else {
                    weights.put(weight.getRule(), HardMediumSoftScore.of(hard, medium, soft));
                }
            }
        }
        return weights;
    }

    private boolean checkRuleName(String rule, String path) {
        if (rule == null) {
            problems.add(path, "The rule weight names no rule (missing); give the rule's name, " + knownRules() + ".");
            return false;
        }
        if (Rule.byTitle(rule).isEmpty()) {
            problems.add(path, unknownRuleMessage(rule));
            return false;
        }
        return true;
    }

    static String unknownRuleMessage(String rule) {
        return "The rule (" + rule + ") is unknown; use a rule's name as written, " + knownRules() + ".";
    }

    private static String knownRules() {
        return "one of: " + Arrays.stream(Rule.values()).map(Rule::title).collect(Collectors.joining(", "));
    }

    /** A part of a rule's weight; -1 after reporting a negative one. */
    private long weightPart(Long value, String path, String rule) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            problems.add(
                    path,
                    "The weight (" + value + ") of rule (" + rule
                            + ") is negative; weights are penalties of 0 or more.");
            return -1;
        }
        return value;
    }

    // ************************************************************************
    // Shared checks
    // ************************************************************************

    /** A list the schema requires: reported when absent (an empty one is fine), and empty from then on. */
    private <T> List<T> requiredList(List<T> list, String path, String name) {
        if (list == null) {
            problems.add(path, "The plan has no " + name + " (missing); list them, or give [] for none.");
            return List.of();
        }
        return list;
    }

    private static <T> List<T> optionalList(List<T> list) {
        return list == null ? List.of() : list;
    }

    private boolean notNull(Object item, String path, String kind) {
        if (item == null) {
            problems.add(path, "The " + kind + " is null (null); give a " + kind + " or remove the entry.");
            return false;
        }
        return true;
    }

    private boolean requiredText(String value, String path, String what, String whatToGive) {
        if (value == null || value.isBlank()) {
            problems.add(
                    path,
                    what + " is missing (" + (value == null ? "missing" : "blank") + "); give " + whatToGive + ".");
            return false;
        }
        return true;
    }

    private boolean atLeastZero(Integer value, String path, String what, String owner) {
        if (value != null && value < 0) {
            problems.add(path, "The " + what + " (" + value + ") of " + owner + " is negative; give 0 or more.");
            return false;
        }
        return true;
    }

    /** The non-blank strings of a list, in order without repeats; a null or blank entry is reported. */
    private List<String> texts(List<String> list, String path, String kind) {
        Set<String> result = new LinkedHashSet<>();
        List<String> listed = optionalList(list);
        for (int i = 0; i < listed.size(); i++) {
            String value = listed.get(i);
            if (value == null || value.isBlank()) {
                problems.add(
                        path + "[" + i + "]",
                        "The " + kind + " is " + (value == null ? "null (null)" : "blank (\"" + value + "\")")
                                + "; give a name or remove the entry.");
            } else {
                result.add(value);
            }
        }
        return List.copyOf(result);
    }

    /** The sites of a list of site ids; an unknown one is reported. */
    private Set<Site> siteSet(List<String> ids, String path, String owner) {
        Set<Site> result = new LinkedHashSet<>();
        List<String> listed = optionalList(ids);
        for (int i = 0; i < listed.size(); i++) {
            String id = listed.get(i);
            String sitePath = path + "[" + i + "]";
            if (id == null) {
                problems.add(sitePath, "The site id is null (null); give a site id or remove the entry.");
            } else if (siteIds.checkReference(id, sitePath, owner, problems) && sites.containsKey(id)) {
                result.add(sites.get(id));
            }
        }
        return result;
    }

    /** When something may be used: the listed windows, or the whole week when none is listed. */
    private IntervalSet availability(List<org.linli.format.TimeWindow> windows, String path) {
        if (windows == null || windows.isEmpty()) {
            return times.wholeWeek();
        }
        return times.windows(windows, path);
    }
}
