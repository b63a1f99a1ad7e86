package dev.clusterlab.views.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clusterlab.fault.Command;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.snapshot.ProducerSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ClientsViewModelTest {
    private final List<Command> submitted = new ArrayList<>();
    private final ClientsViewModel model = new ClientsViewModel(submitted::add);

    static ProducerSnapshot producer(String id, boolean running, Map<String, Long> errors, String lastError,
                                     Map<Integer, Integer> believed) {
        return new ProducerSnapshot(id, "orders", running, 100, "all", 7, 1_234, 1_200, 3, new TreeMap<>(errors),
                new TreeMap<>(believed), true, 5, 16_384, 20, 100, new TreeMap<>(), lastError);
    }

    static PartitionSnapshot partition(String topic, int partition, int leader) {
        SortedMap<Integer, Long> none = new TreeMap<>();
        return new PartitionSnapshot(topic, partition, leader, 1, 1, List.of(1, 2, 3), List.of(1, 2, 3), List.of(),
                0, 0, none, none, false, 2);
    }

    static ClusterSnapshot snapshot(List<PartitionSnapshot> partitions, ProducerSnapshot... producers) {
        return new ClusterSnapshot("s", 1, 0, 0, new ControllerQuorumSnapshot(1001, 1, 0), List.of(), List.of(),
                partitions, List.of(producers), new RecordStats(0, 0, 0, 0, 0), List.of());
    }

    private ProducerCard card(String id) {
        return model.card(id).orElseThrow();
    }

    private ProducerAction action(String producer, ProducerAction.Kind kind) {
        return model.actions(producer).stream().filter(a -> a.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aCardShowsTheProducersStateSettingsAndCounts() {
        model.update(snapshot(List.of(), producer("checkout", true, Map.of(), "", Map.of())));

        ProducerCard c = card("checkout");
        assertThat(c.title()).isEqualTo("Producer checkout");
        assertThat(c.state()).isEqualTo("PRODUCING");
        assertThat(c.settingsLine()).isEqualTo("→ orders · 100 records/s · acks=all · idempotent · producer id 7");
        assertThat(c.setupLine()).isEqualTo("20 keys · 100 B values · linger.ms=5 · batch.size=16384");
        assertThat(c.countsLine()).isEqualTo("sent 1,234 · acknowledged 1,200 · failed 3");
        assertThat(c.errors()).isEmpty();
        assertThat(c.leadersTitle()).isEqualTo("Believes leaders: none known yet");
    }

    @Test
    void errorsAreCountedByKafkasNameWithTheLatestMarked() {
        model.update(snapshot(List.of(), producer("checkout", true,
                Map.of("NOT_LEADER_OR_FOLLOWER", 4L, "REQUEST_TIMED_OUT", 2L, "NOT_ENOUGH_REPLICAS", 9L),
                "REQUEST_TIMED_OUT", Map.of())));

        assertThat(card("checkout").errors()).containsExactly(
                new ErrorCount("NOT_ENOUGH_REPLICAS", 9, false),
                new ErrorCount("NOT_LEADER_OR_FOLLOWER", 4, false),
                new ErrorCount("REQUEST_TIMED_OUT", 2, true));
    }

    @Test
    void aBelievedLeaderThatIsNotTheCommittedOneIsStale() {
        model.update(snapshot(List.of(partition("orders", 0, 1), partition("orders", 1, 2), partition("orders", 2, 3),
                        partition("other", 2, 1), partition("orders", 3, -1)),
                producer("checkout", true, Map.of(), "", Map.of(0, 1, 1, 2, 2, 1, 3, 2))));

        ProducerCard c = card("checkout");
        assertThat(c.leaders()).extracting(BelievedLeader::text).containsExactly(
                "orders-0 → 1", "orders-1 → 2", "orders-2 → 1 (actual 3)", "orders-3 → 2 (actual none)");
        assertThat(c.leaders()).extracting(BelievedLeader::stale).containsExactly(false, false, true, true);
        assertThat(c.staleLeaders()).isEqualTo(2);
        assertThat(c.leadersTitle()).isEqualTo("Believes leaders (2 stale):");
    }

    @Test
    void leadersThatMatchTheCommittedOnesAreAllCurrent() {
        model.update(snapshot(List.of(partition("orders", 0, 2), partition("orders", 1, 3)),
                producer("checkout", true, Map.of(), "", Map.of(0, 2, 1, 3))));

        assertThat(card("checkout").leaders()).noneMatch(BelievedLeader::stale);
        assertThat(card("checkout").leadersTitle()).isEqualTo("Believes leaders (all current):");
    }

    @Test
    void aProducerThatKnowsNoLeaderYetIsStaleOnlyWhereTheControllerKnowsOne() {
        model.update(snapshot(List.of(partition("orders", 0, 2), partition("orders", 1, -1)),
                producer("checkout", true, Map.of(), "", Map.of(0, -1, 1, -1))));

        assertThat(card("checkout").leaders()).extracting(BelievedLeader::text)
                .containsExactly("orders-0 → none (actual 2)", "orders-1 → none");
        assertThat(card("checkout").leadersTitle()).isEqualTo("Believes leaders (1 stale):");
    }

    @Test
    void manyPartitionsShowTheStaleOnesFirstAndCountTheRest() {
        List<PartitionSnapshot> partitions = new ArrayList<>();
        Map<Integer, Integer> believed = new TreeMap<>();
        for (int p = 0; p < 2_000; p++) {
            partitions.add(partition("orders", p, 1 + p % 3));
            believed.put(p, p == 1_500 || p == 8 ? 2 : 1 + p % 3);
        }
        model.update(snapshot(partitions, producer("checkout", true, Map.of(), "", believed)));

        ProducerCard c = card("checkout");
        assertThat(c.leaders()).hasSize(ProducerCard.MAX_LEADERS_SHOWN);
        assertThat(c.leaders()).extracting(BelievedLeader::text).as("the stale ones first, then in partition order")
                .startsWith("orders-8 → 2 (actual 3)", "orders-1500 → 2 (actual 1)", "orders-0 → 1", "orders-1 → 2");
        assertThat(c.hiddenLeaders()).isEqualTo(2_000 - ProducerCard.MAX_LEADERS_SHOWN);
        assertThat(c.leadersTitle()).isEqualTo("Believes leaders (2 stale; 1988 more not shown):");
    }

    @Test
    void anUnchangedProducerKeepsItsCardAndAChangedOneIsReplaced() {
        model.update(snapshot(List.of(), producer("a", true, Map.of(), "", Map.of()),
                producer("b", true, Map.of(), "", Map.of())));
        ProducerCard a = card("a");
        ProducerCard b = card("b");

        model.update(snapshot(List.of(), producer("a", true, Map.of(), "", Map.of()),
                producer("b", false, Map.of(), "", Map.of())));

        assertThat(model.cards().get(0)).isSameAs(a);
        assertThat(model.cards().get(1)).isNotSameAs(b);
        assertThat(card("b").state()).isEqualTo("STOPPED");
    }

    @Test
    void aRunningProducerCanBeStoppedButNotStarted() {
        model.update(snapshot(List.of(), producer("checkout", true, Map.of(), "", Map.of())));

        assertThat(model.actions("checkout")).extracting(ProducerAction::text)
                .containsExactly("Start (already producing)", "Stop", "Change rate…", "Configure…");
        assertThatThrownBy(() -> model.perform(action("checkout", ProducerAction.Kind.START)))
                .hasMessage("Start (already producing)");
        model.perform(action("checkout", ProducerAction.Kind.STOP));
        assertThat(submitted).containsExactly(new Command.StopProducer("checkout"));
    }

    @Test
    void aStoppedProducerCanBeStartedButNotStopped() {
        model.update(snapshot(List.of(), producer("checkout", false, Map.of(), "", Map.of())));

        assertThat(action("checkout", ProducerAction.Kind.STOP).text()).isEqualTo("Stop (not producing)");
        model.perform(action("checkout", ProducerAction.Kind.START));
        assertThat(submitted).containsExactly(new Command.StartProducer("checkout"));
    }

    @Test
    void changeRateAndConfigureAskForValuesFirst() {
        model.update(snapshot(List.of(), producer("checkout", true, Map.of(), "", Map.of())));

        ProducerAction rate = action("checkout", ProducerAction.Kind.CHANGE_RATE);
        assertThat(rate.isEnabled()).isTrue();
        assertThat(rate.needsInput()).isTrue();
        assertThatThrownBy(() -> model.perform(rate)).isInstanceOf(IllegalStateException.class);

        model.setRate("checkout", RateInput.parse("250.5"));
        ProducerConfigForm form = model.configureForm("checkout");
        form.setAcks("1");
        form.setIdempotence(false);
        model.configure(form);

        assertThat(submitted).containsExactly(new Command.SetRate("checkout", 250.5),
                new Command.ConfigureProducer("checkout", Map.of("acks", "1", "enable.idempotence", "false"), 20,
                        100));
    }

    @Test
    void invalidInputIsRefusedWithItsMessageAndNothingIsSubmitted() {
        model.update(snapshot(List.of(), producer("checkout", true, Map.of(), "", Map.of())));

        assertThatThrownBy(() -> model.setRate("checkout", RateInput.parse("-1")))
                .hasMessage("ratePerSec must be in [0, 10000000], not -1");
        ProducerConfigForm form = model.configureForm("checkout");
        form.setKeys("many");
        assertThatThrownBy(() -> model.configure(form)).hasMessage("keys must be an integer, not 'many'");
        assertThat(submitted).isEmpty();
    }
}
