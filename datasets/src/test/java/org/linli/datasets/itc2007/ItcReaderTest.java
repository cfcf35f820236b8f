package org.linli.datasets.itc2007;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ItcReaderTest {

    static final List<String> BUNDLED = ItcReader.BUNDLED;

    @ParameterizedTest
    @FieldSource("BUNDLED")
    void bundledInstance_readsWithHeaderCountsMatchingSections(String name) {
        ItcInstance instance = ItcReader.readBundled(name);

        // The header is read independently from the raw text so this does not just trust the reader's own check.
        Map<String, String> header = rawHeader(ItcTestData.instanceText(name));
        assertThat(instance.name()).isEqualTo(header.get("Name:"));
        assertThat(instance.courses()).hasSize(Integer.parseInt(header.get("Courses:")));
        assertThat(instance.rooms()).hasSize(Integer.parseInt(header.get("Rooms:")));
        assertThat(instance.days()).isEqualTo(Integer.parseInt(header.get("Days:")));
        assertThat(instance.periodsPerDay()).isEqualTo(Integer.parseInt(header.get("Periods_per_day:")));
        assertThat(instance.curricula()).hasSize(Integer.parseInt(header.get("Curricula:")));
        assertThat(instance.unavailabilities()).hasSize(Integer.parseInt(header.get("Constraints:")));
    }

    @Test
    void toyInstance_matchesTechnicalReportExample() {
        ItcInstance toy = ItcReader.readBundled("toy");

        assertThat(toy.name()).isEqualTo("ToyExample");
        assertThat(toy.days()).isEqualTo(5);
        assertThat(toy.periodsPerDay()).isEqualTo(4);
        assertThat(toy.periods()).isEqualTo(20);
        assertThat(toy.courses())
                .containsExactly(
                        new ItcInstance.Course("SceCosC", "Ocra", 3, 3, 30),
                        new ItcInstance.Course("ArcTec", "Indaco", 3, 2, 42),
                        new ItcInstance.Course("TecCos", "Rosa", 5, 4, 40),
                        new ItcInstance.Course("Geotec", "Scarlatti", 5, 4, 18));
        assertThat(toy.totalLectures()).isEqualTo(16);
        assertThat(toy.rooms()).containsExactly(new ItcInstance.Room("A", 32), new ItcInstance.Room("B", 50));
        assertThat(toy.curricula())
                .containsExactly(
                        new ItcInstance.Curriculum("Cur1", List.of("SceCosC", "ArcTec", "TecCos")),
                        new ItcInstance.Curriculum("Cur2", List.of("TecCos", "Geotec")));
        // The report's file has runs of blanks in the ArcTec lines; they must not change the values.
        assertThat(toy.unavailabilities())
                .hasSize(8)
                .startsWith(new ItcInstance.Unavailability("TecCos", 2, 0))
                .endsWith(new ItcInstance.Unavailability("ArcTec", 4, 3));
    }

    @Test
    void comp01_roomIdsAreCopiedExactly() {
        ItcInstance comp01 = ItcReader.readBundled("comp01");

        assertThat(comp01.rooms()).extracting(ItcInstance.Room::id).containsExactly("B", "C", "E", "F", "G", "S");
        assertThat(comp01.room("B")).map(ItcInstance.Room::capacity).contains(200);
        assertThat(comp01.room("rB")).isEmpty();
    }

    @Test
    void tabsAndSpaceRunsAndCrlf_areAllSeparators() {
        String messy = ItcTestData.instanceText("toy")
                .replace("SceCosC Ocra 3 3 30", "SceCosC\tOcra \t 3\t\t3   30")
                .replace("\n", "\r\n");

        assertThat(ItcReader.parse(messy, "messy.ctt")).isEqualTo(ItcReader.readBundled("toy"));
    }

    @Test
    void pathStringAndBundledReads_giveTheSameInstance(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("comp03.ctt");
        Files.writeString(file, ItcTestData.instanceText("comp03"));

        ItcInstance fromPath = ItcReader.read(file);

        assertThat(fromPath).isEqualTo(ItcReader.readBundled("comp03"));
        assertThat(fromPath).isEqualTo(ItcReader.parse(ItcTestData.instanceText("comp03"), "comp03.ctt"));
        assertThat(ItcReader.readBundled("comp03.ctt")).isEqualTo(fromPath);
    }

    @Test
    void unknownBundledName_isRejectedListingTheBundledNames() {
        assertThatThrownBy(() -> ItcReader.readBundled("comp08"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'comp08'")
                .hasMessageContaining("comp07");
    }

    private static Map<String, String> rawHeader(String text) {
        Map<String, String> header = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] tokens = line.strip().split("\\s+");
            if (tokens.length == 2 && tokens[0].endsWith(":") && !header.containsKey(tokens[0])) {
                header.put(tokens[0], tokens[1]);
            }
            if (line.strip().equals("COURSES:")) {
                break;
            }
        }
        return header;
    }
}
