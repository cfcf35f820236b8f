package org.linli.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @Test
    void convert_shortAndIsoForms() {
        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(converter.convert("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(converter.convert("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(converter.convert("PT300S")).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void convert_notADuration_saysHowToWriteOne() {
        assertThatThrownBy(() -> converter.convert("ten seconds"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("'ten seconds'");
    }
}
