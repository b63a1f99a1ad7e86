package dev.clusterlab.views.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.fault.Command;
import org.junit.jupiter.api.Test;

class RateInputTest {

    @Test
    void aNumberFromZeroToTheContractsMaximumIsARate() {
        assertThat(RateInput.parse(" 250 ").command("p")).isEqualTo(new Command.SetRate("p", 250));
        assertThat(RateInput.parse("0").command("p")).isEqualTo(new Command.SetRate("p", 0));
        assertThat(RateInput.parse("0.5").ratePerSec()).isEqualTo(0.5);
        assertThat(RateInput.parse("10000000").valid()).isTrue();
    }

    @Test
    void anythingElseIsRefusedInTheLoadersWords() {
        assertThat(RateInput.parse("").error()).isEqualTo("enter a rate in records/s, for example 100");
        assertThat(RateInput.parse("fast").error()).isEqualTo("ratePerSec must be a number, not 'fast'");
        assertThat(RateInput.parse("NaN").error()).isEqualTo("ratePerSec must be a number, not 'NaN'");
        assertThat(RateInput.parse("-0.1").error()).isEqualTo("ratePerSec must be in [0, 10000000], not -0.1");
        assertThat(RateInput.parse("10000001").error())
                .isEqualTo("ratePerSec must be in [0, 10000000], not 10000001");
    }

    @Test
    void ratesAreShownAsTyped() {
        assertThat(ProducerCard.rateText(100.0)).isEqualTo("100");
        assertThat(ProducerCard.rateText(0.5)).isEqualTo("0.5");
        assertThat(ProducerCard.rateText(0)).isEqualTo("0");
    }
}
