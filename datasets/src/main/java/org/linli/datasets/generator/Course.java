package org.linli.datasets.generator;

import java.util.List;

/**
 * A subject of the knowledge track or a theme of the enrichment track, as the programme offers it: how popular it
 * is, from which grade, what its venue needs, and how long and how often it meets in each kind of week.
 *
 * @param weight how popular it is, relative to the other courses of its track
 * @param features what its venue must have
 */
record Course(
        String id,
        String name,
        boolean knowledge,
        double weight,
        int minGrade,
        List<String> features,
        int holidayMinutes,
        int holidaySessions,
        int schoolMinutes,
        int schoolSessions) {

    int minutes(WeekKind week) {
        return week == WeekKind.HOLIDAY ? holidayMinutes : schoolMinutes;
    }

    int sessions(WeekKind week) {
        return week == WeekKind.HOLIDAY ? holidaySessions : schoolSessions;
    }

    /** The subjects of the knowledge track, taught by certified tutors only. */
    static final List<Course> SUBJECTS = List.of(
            new Course("maths", "Maths 数学", true, 3.0, 1, List.of(), 90, 2, 60, 2),
            new Course("chinese", "Chinese 语文", true, 2.5, 1, List.of(), 90, 2, 60, 2),
            new Course("english", "English 英语", true, 2.5, 3, List.of(), 60, 3, 45, 2),
            new Course("science", "Science 科学", true, 1.0, 3, List.of(), 90, 2, 60, 2),
            new Course("homework", "Homework help 作业辅导", true, 2.0, 1, List.of(), 60, 3, 45, 3));

    /** The themes of the enrichment track, mostly taught by partners' instructors. */
    static final List<Course> THEMES = List.of(
            new Course("paper-cutting", "Paper-cutting 剪纸", false, 1.0, 1, List.of(), 90, 1, 90, 1),
            new Course("coding", "Coding 编程", false, 1.2, 3, List.of("computers"), 90, 2, 90, 1),
            new Course("music", "Music 音乐", false, 1.0, 1, List.of(), 60, 2, 60, 1),
            new Course("calligraphy", "Calligraphy 书法", false, 0.8, 2, List.of(), 60, 2, 60, 1),
            new Course("painting", "Painting 绘画", false, 1.0, 1, List.of("craft-tables"), 90, 2, 90, 1),
            new Course("chess", "Chess 象棋", false, 0.8, 2, List.of(), 60, 2, 60, 2));
}
