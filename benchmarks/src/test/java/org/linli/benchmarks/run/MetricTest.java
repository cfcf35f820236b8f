package org.linli.benchmarks.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricTest {

    @Test
    void improvement_higherIsBetter_isTheRelativeGain() {
        assertThat(Metric.VENUE_UTILISATION.improvement(0.39, 0.30)).isCloseTo(0.30, within(1e-9));
    }

    @Test
    void improvement_lowerIsBetter_isPositiveWhenTheValueDrops() {
        assertThat(Metric.TUTOR_TRAVEL_MINUTES.improvement(70, 100)).isCloseTo(0.30, within(1e-9));
        assertThat(Metric.TUTOR_TRAVEL_MINUTES.improvement(130, 100)).isCloseTo(-0.30, within(1e-9));
    }

    @Test
    void improvement_zeroBaseline_isZeroOnlyWhenBothAreZero() {
        assertThat(Metric.STUDENT_IDLE_MINUTES.improvement(0, 0)).isZero();
        assertThat(Metric.STUDENT_IDLE_MINUTES.improvement(5, 0)).isNaN();
    }

    @Test
    void improvement_metricWithoutDirection_isNaN() {
        assertThat(Metric.PARTNER_VENUE_SHARE.improvement(0.5, 0.2)).isNaN();
    }
}
