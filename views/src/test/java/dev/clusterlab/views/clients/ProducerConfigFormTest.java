package dev.clusterlab.views.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clusterlab.fault.Command;
import dev.clusterlab.snapshot.ProducerSnapshot;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ProducerConfigFormTest {

    /** A card of a producer whose setup has these explicit configs. */
    private static ProducerCard card(Map<String, String> config) {
        ProducerSnapshot p = new ProducerSnapshot("checkout", "orders", true, 100, "all", 3, 0, 0, 0, new TreeMap<>(),
                new TreeMap<>(), true, 5, 16_384, 20, 100, new TreeMap<>(config), "");
        return ProducerCard.of(p, partition -> -1);
    }

    @Test
    void itStartsFromTheProducersEffectiveSettings() {
        ProducerConfigForm defaults = new ProducerConfigForm(card(Map.of()));
        assertThat(defaults.acks()).isEqualTo("all");
        assertThat(defaults.idempotence()).as("Kafka's default").isTrue();
        assertThat(defaults.keys()).isEqualTo("20");
        assertThat(defaults.valueBytes()).isEqualTo("100");

        ProducerConfigForm acks1 = new ProducerConfigForm(card(Map.of("acks", "1")));
        assertThat(acks1.acks()).isEqualTo("1");
        assertThat(acks1.idempotence()).as("silently off with acks=1").isFalse();
    }

    @Test
    void unchangedValuesRestartTheProducerWithTheSameSettings() {
        ProducerConfigForm form = new ProducerConfigForm(card(Map.of()));

        assertThat(form.errors()).isEmpty();
        assertThat(form.command()).isEqualTo(new Command.ConfigureProducer("checkout", null, 20, 100));
        assertThat(form.outcome()).isEqualTo("acks=all, idempotent; a restart gives it a new producer id");
    }

    @Test
    void aConfigChangeSendsAcksAndIdempotenceAsShown() {
        ProducerConfigForm form = new ProducerConfigForm(card(Map.of()));
        form.setAcks("1");
        form.setKeys(" 0 ");
        form.setValueBytes("2048");

        assertThat(form.errors()).as("idempotence is still checked").containsExactly(
                "Must set acks to all in order to use the idempotent producer. "
                        + "Otherwise we cannot guarantee idempotence.");
        assertThat(form.outcome()).isEmpty();
        assertThatThrownBy(form::command).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Must set acks to all");

        form.setIdempotence(false);
        assertThat(form.errors()).isEmpty();
        assertThat(form.command()).isEqualTo(new Command.ConfigureProducer("checkout",
                Map.of("acks", "1", "enable.idempotence", "false"), 0, 2048));
        assertThat(form.outcome()).isEqualTo("acks=1, not idempotent; a restart gives it a new producer id");
    }

    @Test
    void anUntouchedSetupKeepsKafkasDefaulting() {
        ProducerConfigForm form = new ProducerConfigForm(card(Map.of("acks", "1")));
        form.setKeys("5");

        assertThat(form.command()).isEqualTo(new Command.ConfigureProducer("checkout", null, 5, 100));
        assertThat(form.outcome()).isEqualTo("acks=1, not idempotent (enable.idempotence is not set, so Kafka turns"
                + " it off with acks=1); a restart gives it a new producer id");
    }

    @Test
    void turningIdempotenceOnAsksForAcksAllInKafkasWords() {
        ProducerConfigForm form = new ProducerConfigForm(card(Map.of("acks", "1")));
        form.setIdempotence(true);

        assertThat(form.errors()).containsExactly("Must set acks to all in order to use the idempotent producer. "
                + "Otherwise we cannot guarantee idempotence.");

        form.setAcks("all");
        assertThat(form.errors()).isEmpty();
        assertThat(form.command().config()).isEqualTo(Map.of("acks", "all", "enable.idempotence", "true"));
        assertThat(form.outcome()).isEqualTo("acks=all, idempotent; a restart gives it a new producer id");
    }

    @Test
    void anExplicitIdempotenceInTheSetupIsMergedAndRefusesAcksBelowAll() {
        ProducerConfigForm form = new ProducerConfigForm(card(Map.of("enable.idempotence", "true")));
        form.setAcks("0");

        assertThat(form.errors()).containsExactly("Must set acks to all in order to use the idempotent producer. "
                + "Otherwise we cannot guarantee idempotence.");
    }

    @Test
    void theRulesAreTheOnesGivenLikeTheLoaders() {
        ProducerConfigForm form = new ProducerConfigForm(card(Map.of()), config -> List.of("seen " + config));
        form.setAcks("0");

        form.setIdempotence(false);

        assertThat(form.errors()).containsExactly("seen {acks=0, enable.idempotence=false}");
    }

    @Test
    void keysAndValueBytesAreBoundedAsInTheContract() {
        ProducerConfigForm form = new ProducerConfigForm(card(Map.of()));
        form.setKeys("-1");
        form.setValueBytes("10000001");
        assertThat(form.errors()).containsExactly("keys must be at least 0, not -1",
                "valueBytes must be at most 10000000, not 10000001");

        form.setKeys("1.5");
        form.setValueBytes("");
        assertThat(form.errors()).containsExactly("keys must be an integer, not '1.5'",
                "valueBytes must be an integer, not ''");
    }

    @Test
    void acksAreOnlyTheContractsValues() {
        ProducerConfigForm form = new ProducerConfigForm(card(Map.of()));
        assertThat(ProducerConfigForm.ACKS).containsExactly("0", "1", "all");
        assertThatThrownBy(() -> form.setAcks("-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
