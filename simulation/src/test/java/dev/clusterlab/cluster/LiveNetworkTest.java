package dev.clusterlab.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.fault.Command;
import dev.clusterlab.network.LinkSettings;
import dev.clusterlab.snapshot.LinkSnapshot;
import dev.clusterlab.snapshot.MessageInFlight;
import dev.clusterlab.snapshot.NetworkSnapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The live snapshot's network: links with cuts and latencies, and the messages in flight when tracked. */
class LiveNetworkTest {
    private static ClusterSimulation cluster() {
        return new ClusterSimulation(new ClusterSetup("net", 7, 3, 3, Map.of(), new LinkSettings(5, 0, 0), false,
                List.of(new Command.CreateTopic("t", 3, 3, Map.of(), null)),
                List.of(new ProducerSetup("p", "t", 100, 10, 100, Map.of()))));
    }

    @Test
    void everyPairThatTalksIsALinkOfItsKindAndNoneIsCutAtFirst() {
        ClusterSimulation sim = cluster();
        sim.runUntil(1_000);
        NetworkSnapshot net = sim.liveSnapshot().network();

        assertThat(net.defaultLatencyMs()).isEqualTo(5);
        assertThat(net.links()).hasSize(3 + 9 + 3 + 3);
        assertThat(net.link("1001", "1002").kind()).isEqualTo(LinkSnapshot.Kind.RAFT);
        assertThat(net.link("2", "1003").kind()).isEqualTo(LinkSnapshot.Kind.CONTROL);
        assertThat(net.link("3", "1").kind()).isEqualTo(LinkSnapshot.Kind.REPLICATION);
        assertThat(net.link("p", "2").kind()).isEqualTo(LinkSnapshot.Kind.CLIENT);
        assertThat(net.links()).noneMatch(LinkSnapshot::anyCut).noneMatch(LinkSnapshot::slowed);
        assertThat(net.anyFault()).isFalse();
    }

    @Test
    void aOneWayCutAndALatencyShowOnTheirDirectionOnlyUntilHealed() {
        ClusterSimulation sim = cluster();
        sim.runUntil(1_000);
        sim.submit(new Command.PartitionOneWay(List.of("1"), List.of("2")));
        sim.submit(new Command.SetLatency(List.of("1001"), List.of("3"), 250));
        sim.runUntil(1_100);
        NetworkSnapshot net = sim.liveSnapshot().network();

        LinkSnapshot cut = net.link("2", "1");
        assertThat(cut.direction("1").cut()).isTrue();
        assertThat(cut.direction("2").cut()).isFalse();
        assertThat(cut.cutBothWays()).isFalse();
        LinkSnapshot slow = net.link("1001", "3");
        assertThat(slow.direction("1001")).satisfies(d -> {
            assertThat(d.latencyMs()).isEqualTo(250);
            assertThat(d.latencyOverridden()).isTrue();
        });
        assertThat(slow.direction("3").latencyMs()).isEqualTo(5);
        assertThat(slow.direction("3").latencyOverridden()).isFalse();
        assertThat(net.link("1", "3").anyCut()).isFalse();

        sim.submit(new Command.HealNetwork());
        sim.runUntil(1_200);
        assertThat(sim.liveSnapshot().network().anyFault()).isFalse();
    }

    @Test
    void aSymmetricPartitionCutsBothDirectionsBetweenTheSidesOnly() {
        ClusterSimulation sim = cluster();
        sim.runUntil(1_000);
        sim.submit(new Command.PartitionNetwork(List.of(List.of("1"), List.of("2", "3", "1001", "1002", "1003"))));
        sim.runUntil(1_001);
        NetworkSnapshot net = sim.liveSnapshot().network();

        assertThat(net.link("1", "2").cutBothWays()).isTrue();
        assertThat(net.link("1", "1002").cutBothWays()).isTrue();
        assertThat(net.link("2", "3").anyCut()).isFalse();
        assertThat(net.link("1", "p").anyCut()).as("the producer was on no side").isFalse();
    }

    @Test
    void unchangedLinksAreReusedBetweenSnapshots() {
        ClusterSimulation sim = cluster();
        sim.runUntil(1_000);
        List<LinkSnapshot> first = sim.liveSnapshot().network().links();
        sim.runUntil(1_050);
        assertThat(sim.liveSnapshot().network().links()).isSameAs(first);
    }

    @Test
    void withoutTrackingNoMessageIsListed() {
        ClusterSimulation sim = cluster();
        sim.runUntil(2_000);
        NetworkSnapshot net = sim.liveSnapshot().network();

        assertThat(net.tracking()).isFalse();
        assertThat(net.messages()).isEmpty();
    }

    @Test
    void trackedMessagesHaveEndsATypeAndArriveAfterTheyAreSent() {
        ClusterSimulation sim = cluster();
        sim.trackMessagesInFlight(true);
        sim.submit(new Command.SetLatency(List.of("1"), List.of("2"), 400));
        sim.runUntil(3_000);
        sim.liveSnapshot();
        sim.runUntil(3_020);
        NetworkSnapshot net = sim.liveSnapshot().network();

        assertThat(net.tracking()).isTrue();
        assertThat(net.messages()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.arrivalMs()).isGreaterThan(m.sentMs());
            assertThat(m.sentMs()).isLessThanOrEqualTo(3_020);
            assertThat(m.arrivalMs()).as("in flight since the previous snapshot").isGreaterThan(3_000);
            assertThat(m.from()).isNotEqualTo(m.to());
            assertThat(m.type()).isNotBlank();
        });
        assertThat(net.messages()).extracting(MessageInFlight::type).contains("ProduceRequest");
        assertThat(net.messages()).filteredOn(m -> m.from().equals("1") && m.to().equals("2"))
                .as("the slowed link's messages take 400 ms")
                .allSatisfy(m -> assertThat(m.arrivalMs() - m.sentMs()).isGreaterThanOrEqualTo(400));
        assertThat(net.messages()).extracting(MessageInFlight::seq).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void trackingIsBoundedAndForgetsDeliveredMessages() {
        ClusterSimulation sim = cluster();
        sim.trackMessagesInFlight(true);
        sim.runUntil(60_000);
        List<MessageInFlight> all = sim.liveSnapshot().network().messages();
        assertThat(all.size()).isLessThanOrEqualTo(ClusterSimulation.MESSAGES_IN_FLIGHT_CAPACITY);

        List<MessageInFlight> next = sim.liveSnapshot().network().messages();
        assertThat(next).as("a second look at the same instant lists only those still in flight")
                .allSatisfy(m -> assertThat(m.arrivalMs()).isGreaterThan(60_000));
    }

    @Test
    void trackingChangesNothingInTheSimulation() {
        ClusterSimulation plain = cluster();
        ClusterSimulation tracked = cluster();
        tracked.trackMessagesInFlight(true);
        plain.runUntil(5_000);
        tracked.runUntil(5_000);
        assertThat(tracked.engine().executedEvents()).isEqualTo(plain.engine().executedEvents());
        assertThat(tracked.snapshot().records()).isEqualTo(plain.snapshot().records());
    }

    @Test
    void snapshotsSkippedByTheViewLoseNoMessageWhenTheWindowStartsAtTheLastOneItDrew() {
        ClusterSimulation sim = cluster();
        sim.trackMessagesInFlight(true);
        sim.runUntil(3_000);
        sim.liveSnapshot(); // the last snapshot the view drew
        sim.runUntil(3_016);
        List<MessageInFlight> skipped = sim.liveSnapshot(3_000).network().messages(); // never drawn
        sim.runUntil(3_032);
        List<MessageInFlight> drawn = sim.liveSnapshot(3_000).network().messages();
        sim.runUntil(3_048);
        List<MessageInFlight> sincePrevious = sim.liveSnapshot().network().messages();

        assertThat(skipped).as("some delivered before the next snapshot")
                .anySatisfy(m -> assertThat(m.arrivalMs()).isLessThanOrEqualTo(3_016));
        assertThat(drawn).as("also those the skipped snapshot listed").containsAll(skipped)
                .allSatisfy(m -> assertThat(m.arrivalMs()).isGreaterThan(3_000));
        assertThat(sincePrevious).as("no window given: since the previous snapshot")
                .isNotEmpty().allSatisfy(m -> assertThat(m.arrivalMs()).isGreaterThan(3_032));
        assertThat(sim.liveSnapshot(99_000).network().messages()).as("a time ahead of now: since the previous")
                .allSatisfy(m -> assertThat(m.arrivalMs()).isGreaterThan(3_048));
    }
}
