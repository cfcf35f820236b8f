package org.linli.datasets.generator;

import java.util.List;

/**
 * A kind of partner organisation that lends a space to the programme, with the times it lends it in each kind of
 * week: a partner lends its space only when it does not need it itself, so these windows overlap the tracks' windows
 * only in part.
 *
 * @param weeklyQuotaMinutes the most minutes a week it lends the space, or null for no limit
 * @param costPerHour what an hour costs the programme; 0 for a free space
 */
enum PartnerKind {
    BOOKSHOP(
            "bookshop",
            List.of("Xinhua Bookshop", "Duoyun Books", "Sisyphe Books", "Zhongshuge"),
            List.of(),
            14,
            300,
            30.0,
            List.of(new Lending(List.of(0, 1, 2, 3, 4), 13 * 60 + 30, 17 * 60 + 30)),
            List.of(new Lending(List.of(0, 1, 2, 3, 4), 18 * 60, 20 * 60 + 30))),
    LIBRARY(
            "library",
            List.of("Street Library", "Community Library", "Children's Library"),
            List.of("computers"),
            20,
            null,
            0.0,
            List.of(new Lending(List.of(1, 2, 3, 4), 9 * 60, 17 * 60)),
            List.of(new Lending(List.of(1, 3, 4), 16 * 60, 20 * 60))),
    SCHOOL(
            "school",
            List.of("Experimental Primary School", "Central Primary School", "No. 2 Primary School"),
            List.of(),
            40,
            600,
            0.0,
            List.of(new Lending(List.of(0, 1, 2, 3, 4), 8 * 60 + 30, 12 * 60)),
            List.of(new Lending(List.of(0, 1, 2, 3, 4), 16 * 60 + 30, 18 * 60 + 30))),
    CULTURAL_CENTRE(
            "culture",
            List.of("Cultural Activity Centre", "Youth Palace Branch"),
            List.of("craft-tables"),
            25,
            480,
            20.0,
            List.of(new Lending(List.of(0, 2, 4), 9 * 60, 17 * 60)),
            List.of(new Lending(List.of(0, 1, 2, 3, 4), 18 * 60, 21 * 60))),
    ART_STUDIO(
            "studio",
            List.of("Ink and Brush Studio", "Little Painters Studio"),
            List.of("craft-tables"),
            14,
            240,
            50.0,
            List.of(new Lending(List.of(0, 1, 2, 3, 4), 14 * 60, 17 * 60)),
            List.of(new Lending(List.of(2, 4), 18 * 60 + 30, 20 * 60))),
    CODING_CLUB(
            "coding-club",
            List.of("Robot and Code Club", "Bright Minds Coding School"),
            List.of("computers"),
            16,
            180,
            60.0,
            List.of(new Lending(List.of(1, 3), 13 * 60, 17 * 60)),
            List.of(new Lending(List.of(0, 2), 18 * 60 + 30, 20 * 60 + 30)));

    private final String code;
    private final List<String> names;
    private final List<String> features;
    private final int capacity;
    private final Integer weeklyQuotaMinutes;
    private final double costPerHour;
    private final List<Lending> holiday;
    private final List<Lending> school;

    PartnerKind(
            String code,
            List<String> names,
            List<String> features,
            int capacity,
            Integer weeklyQuotaMinutes,
            double costPerHour,
            List<Lending> holiday,
            List<Lending> school) {
        this.code = code;
        this.names = names;
        this.features = features;
        this.capacity = capacity;
        this.weeklyQuotaMinutes = weeklyQuotaMinutes;
        this.costPerHour = costPerHour;
        this.holiday = holiday;
        this.school = school;
    }

    String code() {
        return code;
    }

    List<String> names() {
        return names;
    }

    List<String> features() {
        return features;
    }

    int capacity() {
        return capacity;
    }

    Integer weeklyQuotaMinutes() {
        return weeklyQuotaMinutes;
    }

    double costPerHour() {
        return costPerHour;
    }

    List<Lending> lending(WeekKind week) {
        return week == WeekKind.HOLIDAY ? holiday : school;
    }

    /** The days (0 = Monday) and the time of day a partner lends its space. */
    record Lending(List<Integer> days, int start, int end) {}
}
