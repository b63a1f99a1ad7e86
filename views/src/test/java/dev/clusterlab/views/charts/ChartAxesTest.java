package dev.clusterlab.views.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartAxesTest {

    @Test
    void valueAxesEndOnRoundNumbersAboveTheLargestValue() {
        assertThat(AxisScale.of(0)).isEqualTo(new AxisScale(1, 1));
        assertThat(AxisScale.of(3)).isEqualTo(new AxisScale(4, 1));
        assertThat(AxisScale.of(200)).isEqualTo(new AxisScale(250, 50));
        assertThat(AxisScale.of(6)).isEqualTo(new AxisScale(8, 2));
        assertThat(AxisScale.of(2)).as("no half partitions").isEqualTo(new AxisScale(3, 1));
        assertThat(AxisScale.of(0.5)).isEqualTo(new AxisScale(1, 1));
        assertThat(AxisScale.of(200).label(150)).isEqualTo("150");
    }

    @Test
    void timeTicksAreRoundAndLabelledLikeTheClock() {
        assertThat(TimeTicks.between(0, 300_000, 6)).containsExactly(0L, 60_000L, 120_000L, 180_000L, 240_000L,
                300_000L);
        assertThat(TimeTicks.between(-40_000, 20_000, 7)).as("none before the start of the run")
                .containsExactly(0L, 10_000L, 20_000L);
        assertThat(TimeTicks.between(61_500, 121_500, 5)).containsExactly(75_000L, 90_000L, 105_000L, 120_000L);
        assertThat(TimeTicks.label(245_000)).isEqualTo("4:05");
        assertThat(TimeTicks.label(3_720_000)).isEqualTo("1:02:00");
    }
}
