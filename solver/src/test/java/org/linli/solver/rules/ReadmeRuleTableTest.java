package org.linli.solver.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's rule table lists the rules of the code one to one: same names, order, weights and units. */
class ReadmeRuleTableTest {

    private static final String START = "<!-- rules:start -->";
    private static final String END = "<!-- rules:end -->";

    @Test
    void readmeRuleTable_matchesRuleEnumOneToOne() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String table = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END));
        List<String[]> rows = table.lines()
                .filter(line -> line.startsWith("| ") && !line.startsWith("| Rule ") && !line.startsWith("|---"))
                .map(line -> Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                        .map(String::trim)
                        .toArray(String[]::new))
                .toList();

        assertThat(rows).as("rows of the README's rule table").hasSize(Rule.values().length);
        for (int i = 0; i < rows.size(); i++) {
            Rule rule = Rule.values()[i];
            String[] row = rows.get(i);
            assertThat(row[0]).as("name in row %d", i + 1).isEqualTo(rule.title());
            assertThat(row[1]).as("level of %s", rule.title()).isEqualTo(level(rule.defaultWeight()));
            assertThat(row[2]).as("default weight of %s", rule.title()).isEqualTo(weight(rule.defaultWeight()));
            assertThat(row[3]).as("unit of %s", rule.title()).isEqualTo(rule.unit());
            assertThat(row[4]).as("description of %s", rule.title()).isEqualTo(rule.description());
        }
    }

    private static String level(HardMediumSoftScore weight) {
        if (weight.hardScore() != 0) {
            return "hard";
        }
        return weight.mediumScore() != 0 ? "medium" : "soft";
    }

    private static String weight(HardMediumSoftScore weight) {
        if (weight.hardScore() != 0) {
            return weight.hardScore() + " hard";
        }
        return weight.mediumScore() != 0 ? weight.mediumScore() + " medium" : weight.softScore() + " soft";
    }
}
