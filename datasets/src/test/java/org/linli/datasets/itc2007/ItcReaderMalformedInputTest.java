package org.linli.datasets.itc2007;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Every malformed instance is refused with the source, the line and the offending token; none is read partially. */
class ItcReaderMalformedInputTest {

    private static final String TOY = ItcTestData.instanceText("toy");

    @Test
    void courseCountAboveSection_isRejectedAtTheNextSection() {
        // comp01 declares 30 courses; drop the last course line (file line 39) so the section has 29.
        String text = ItcTestData.instanceText("comp01").replace("c0072 t003 6 4 9\n", "");

        ItcFormatException error = readFailing(text, "comp01.ctt");

        assertThat(error.line()).isEqualTo(40);
        assertThat(error)
                .hasMessageStartingWith("comp01.ctt line 40: ")
                .hasMessageContaining("'Courses: 30'")
                .hasMessageContaining("COURSES section")
                .hasMessageContaining("has 29 entries");
    }

    @Test
    void roomCountBelowSection_isRejected() {
        ItcFormatException error = readFailing(TOY.replace("Rooms: 2", "Rooms: 1"), "toy.ctt");

        assertThat(error).hasMessageStartingWith("toy.ctt line 19: ").hasMessageContaining("'Rooms: 1'");
    }

    @Test
    void constraintCountNotMatching_isRejected() {
        ItcFormatException error = readFailing(TOY.replace("Constraints: 8", "Constraints: 9"), "toy.ctt");

        assertThat(error).hasMessageStartingWith("toy.ctt line 33: ").hasMessageContaining("'Constraints: 9'");
    }

    @Test
    void nonIntegerLectures_isRejectedNamingFieldAndToken() {
        ItcFormatException error = readFailing(TOY.replace("SceCosC Ocra 3 3 30", "SceCosC Ocra x 3 30"), "toy.ctt");

        assertThat(error).hasMessage("toy.ctt line 10: expected a non-negative integer for 'lectures' but found 'x'");
    }

    @Test
    void negativeCapacity_isRejected() {
        ItcFormatException error = readFailing(TOY.replace("A 32", "A -32"), "toy.ctt");

        assertThat(error).hasMessage("toy.ctt line 16: expected a non-negative integer for 'capacity' but found '-32'");
    }

    @Test
    void nonIntegerHeaderValue_isRejected() {
        ItcFormatException error = readFailing(TOY.replace("Days: 5", "Days: five"), "toy.ctt");

        assertThat(error).hasMessage("toy.ctt line 4: expected a non-negative integer for 'Days' but found 'five'");
    }

    @Test
    void nonIntegerUnavailabilityPeriod_isRejected() {
        ItcFormatException error = readFailing(TOY.replace("TecCos 2 1", "TecCos 2 1b"), "toy.ctt");

        assertThat(error).hasMessage("toy.ctt line 25: expected a non-negative integer for 'period' but found '1b'");
    }

    @Test
    void unavailabilityDayOutOfRange_isRejected() {
        ItcFormatException error = readFailing(TOY.replace("TecCos 3 2", "TecCos 5 2"), "toy.ctt");

        assertThat(error)
                .hasMessageStartingWith("toy.ctt line 26: 'day' (5) is out of range")
                .hasMessageContaining("5 days");
    }

    @Test
    void unavailabilityPeriodOutOfRange_isRejected() {
        ItcFormatException error = readFailing(TOY.replace("TecCos 3 3", "TecCos 3 4"), "toy.ctt");

        assertThat(error).hasMessageStartingWith("toy.ctt line 27: 'period' (4) is out of range");
    }

    @Test
    void unavailabilityNamingUnknownCourse_isRejected() {
        ItcFormatException error = readFailing(TOY.replace("TecCos 2 0", "TecCoz 2 0"), "toy.ctt");

        assertThat(error).hasMessage("toy.ctt line 24: unavailability names unknown course 'TecCoz'");
    }

    @Test
    void missingEnd_isRejectedAsTruncated() {
        ItcFormatException error = readFailing(TOY.replace("END.", ""), "toy.ctt");

        assertThat(error).hasMessageContaining("'END.'").hasMessageContaining("end of the input");
    }

    @Test
    void fileCutInsideASection_isRejected() {
        String cut = TOY.substring(0, TOY.indexOf("Cur2"));

        ItcFormatException error = readFailing(cut, "toy.ctt");

        assertThat(error).hasMessageStartingWith("toy.ctt line 20: ").hasMessageContaining("end of the input");
    }

    @Test
    void contentAfterEnd_isRejected() {
        ItcFormatException error = readFailing(TOY + "Extra 1 2\n", "toy.ctt");

        assertThat(error).hasMessage("toy.ctt line 34: unexpected content after 'END.': 'Extra 1 2'");
    }

    @Test
    void duplicateCourseId_isRejected() {
        ItcFormatException error =
                readFailing(TOY.replace("Geotec Scarlatti 5 4 18", "SceCosC Scarlatti 5 4 18"), "toy.ctt");

        assertThat(error).hasMessage("toy.ctt line 13: duplicate course id 'SceCosC'");
    }

    @Test
    void duplicateRoomId_isRejected() {
        ItcFormatException error = readFailing(TOY.replace("B 50", "A 50"), "toy.ctt");

        assertThat(error).hasMessage("toy.ctt line 17: duplicate room id 'A'");
    }

    @Test
    void duplicateCurriculumId_isRejected() {
        ItcFormatException error = readFailing(TOY.replace("Cur2 2", "Cur1 2"), "toy.ctt");

        assertThat(error).hasMessage("toy.ctt line 21: duplicate curriculum id 'Cur1'");
    }

    @Test
    void curriculumListingFewerCoursesThanDeclared_isRejected() {
        ItcFormatException error =
                readFailing(TOY.replace("Cur1 3 SceCosC ArcTec TecCos", "Cur1 3 SceCosC ArcTec"), "toy.ctt");

        assertThat(error).hasMessage("toy.ctt line 20: curriculum 'Cur1' declares 3 courses ('3') but lists 2");
    }

    @Test
    void curriculumListingMoreCoursesThanDeclared_isRejected() {
        ItcFormatException error = readFailing(TOY.replace("Cur2 2 TecCos Geotec", "Cur2 1 TecCos Geotec"), "toy.ctt");

        assertThat(error).hasMessage("toy.ctt line 21: curriculum 'Cur2' declares 1 courses ('1') but lists 2");
    }

    @Test
    void curriculumNamingUnknownCourse_isRejected() {
        ItcFormatException error = readFailing(TOY.replace("Cur2 2 TecCos Geotec", "Cur2 2 TecCos Geo"), "toy.ctt");

        assertThat(error).hasMessage("toy.ctt line 21: curriculum 'Cur2' lists unknown course 'Geo'");
    }

    @Test
    void curriculumListingACourseTwice_isRejected() {
        ItcFormatException error = readFailing(TOY.replace("Cur2 2 TecCos Geotec", "Cur2 2 TecCos TecCos"), "toy.ctt");

        assertThat(error).hasMessage("toy.ctt line 21: curriculum 'Cur2' lists course 'TecCos' twice");
    }

    @Test
    void courseLineWithTooFewTokens_isRejected() {
        ItcFormatException error = readFailing(TOY.replace("ArcTec Indaco 3 2 42", "ArcTec Indaco 3 2"), "toy.ctt");

        assertThat(error)
                .hasMessageStartingWith("toy.ctt line 11: expected 5 tokens")
                .hasMessageContaining("found 4");
    }

    @Test
    void wrongHeaderLabel_isRejected() {
        ItcFormatException error = readFailing(TOY.replace("Periods_per_day:", "Periods:"), "toy.ctt");

        assertThat(error).hasMessage("toy.ctt line 5: expected header 'Periods_per_day:' but found 'Periods:'");
    }

    @Test
    void missingSection_isRejected() {
        ItcFormatException error = readFailing(TOY.replace("ROOMS:", ""), "toy.ctt");

        // Without ROOMS: the room lines are read as course lines, which need five tokens.
        assertThat(error).hasMessageStartingWith("toy.ctt line 16: expected 5 tokens");
    }

    @Test
    void zeroDays_isRejected() {
        ItcFormatException error = readFailing(TOY.replace("Days: 5", "Days: 0"), "toy.ctt");

        assertThat(error).hasMessage("toy.ctt line 4: 'Days' must be at least 1 but is '0'");
    }

    @Test
    void emptyInput_isRejected() {
        ItcFormatException error = readFailing("", "empty.ctt");

        assertThat(error).hasMessage("empty.ctt line 1: expected header 'Name:' but found the end of the input");
    }

    private static ItcFormatException readFailing(String text, String source) {
        ItcFormatException error = catchThrowableOfType(ItcFormatException.class, () -> ItcReader.parse(text, source));
        assertThat(error).as("expected an ItcFormatException").isNotNull();
        assertThat(error.source()).isEqualTo(source);
        return error;
    }
}
