package dev.clusterlab.views.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkCurveTest {
    @Test
    void anArcStartsAndEndsOnTheRowAndReachesItsHeightHalfway() {
        LinkCurve up = LinkCurve.arc(100, 300, 80, 40, true);

        assertThat(up.xAt(0)).isEqualTo(100);
        assertThat(up.yAt(0)).isEqualTo(80);
        assertThat(up.xAt(1)).isEqualTo(300);
        assertThat(up.yAt(0.5)).isEqualTo(40);
        assertThat(LinkCurve.arc(100, 300, 80, 40, false).yAt(0.5)).isEqualTo(120);
    }

    @Test
    void aClickNearTheLineHitsItAndOneFarAwayDoesNot() {
        LinkCurve up = LinkCurve.arc(100, 300, 80, 40, true);

        assertThat(up.distanceTo(200, 42)).isLessThan(3);
        assertThat(up.distanceTo(200, 80)).isGreaterThan(30);
    }
}
