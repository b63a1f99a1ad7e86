package dev.clusterlab.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.fault.Command;
import dev.clusterlab.fault.TimedCommand;
import dev.clusterlab.network.LinkSettings;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.MetricsHistory;
import dev.clusterlab.snapshot.MetricsSample;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.snapshot.ProducerSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The charts' sampler: one sample at every simulated second, exact, free when off, invisible to the run. */
class MetricsSamplerTest {

    /** Three brokers, topic t with 6 partitions and replication factor 3 (min.insync.replicas 2), one producer. */
    private static ClusterSimulation cluster() {
        return new ClusterSimulation(new ClusterSetup("metrics", 7, 3, 3, Map.of("min.insync.replicas", "2"),
                LinkSettings.DEFAULT, false, List.of(new Command.CreateTopic("t", 6, 3, Map.of(), null)),
                List.of(new ProducerSetup("p", "t", 200, 10, 100, Map.of("acks", "all")))));
    }

    private static ClusterSimulation sampled() {
        ClusterSimulation sim = cluster();
        sim.sampleMetrics(ClusterSimulation.DEFAULT_METRICS_INTERVAL_MS);
        return sim;
    }

    @Test
    void offByDefault() {
        ClusterSimulation sim = cluster();
        sim.runUntil(5_000);

        assertThat(sim.liveSnapshot().metrics()).isSameAs(MetricsHistory.EMPTY);
        assertThat(sim.snapshot().metrics()).as("the report's snapshot never has them").isSameAs(MetricsHistory.EMPTY);
    }

    @Test
    void oneSampleAtEverySecondBoundaryHoweverTheClockAdvances() {
        ClusterSimulation inOneGo = sampled();
        inOneGo.runUntil(20_000);
        MetricsHistory oneGo = inOneGo.liveSnapshot().metrics();

        ClusterSimulation piecemeal = sampled();
        for (long t = 0; t < 20_000; t += 137) {
            piecemeal.runUntil(t);
            if (t % 1_370 == 0) {
                for (int i = 0; i < 25; i++) {
                    piecemeal.step(); // single events, as the step button runs them
                }
                piecemeal.liveSnapshot();
            }
        }
        piecemeal.stepToStateChange(1_000);
        piecemeal.runUntil(20_000);
        MetricsHistory stepped = piecemeal.liveSnapshot().metrics();

        List<Long> seconds = new ArrayList<>();
        for (long t = 0; t <= 20_000; t += 1_000) {
            seconds.add(t);
        }
        assertThat(oneGo.intervalMs()).isEqualTo(1_000);
        assertThat(oneGo.samples()).extracting(MetricsSample::timeMs).containsExactlyElementsOf(seconds);
        assertThat(stepped.samples()).as("the same samples whatever the speed")
                .containsExactlyElementsOf(oneGo.samples());
        assertThat(oneGo.latest().recordsAcked()).isPositive();
    }

    @Test
    void samplingChangesNothingInTheRun() {
        ClusterSimulation plain = cluster();
        ClusterSimulation sampled = sampled();
        plain.runUntil(15_000);
        sampled.runUntil(15_000);

        assertThat(sampled.engine().executedEvents()).isEqualTo(plain.engine().executedEvents());
        assertThat(sampled.snapshot()).isEqualTo(plain.snapshot());
    }

    @Test
    void eachSampleIsTheClusterJustBeforeItsBoundaryAsTheSnapshotShowsIt() {
        ClusterSimulation sim = sampled();
        sim.schedule(new TimedCommand(6_000, new Command.CrashBroker(2)));
        sim.runUntil(30_000);
        MetricsHistory history = sim.liveSnapshot().metrics();

        ClusterSimulation reference = cluster();
        reference.schedule(new TimedCommand(6_000, new Command.CrashBroker(2)));
        for (long boundary = 1_000; boundary <= 30_000; boundary += 1_000) {
            reference.runUntil(boundary - 1); // every event due before the boundary, none at it
            MetricsSample sample = history.get(history.indexAtOrAfter(boundary));
            assertThat(sample.timeMs()).isEqualTo(boundary);
            assertThat(sample).as("sample at %d ms", boundary).isEqualTo(expected(boundary, reference.snapshot()));
        }
    }

    @Test
    void aBoundaryCrossedByAnEventSeesTheClusterBeforeThatEvent() {
        ClusterSimulation sim = cluster();
        sim.runUntil(4_000);
        sim.sampleMetrics(1); // every millisecond: many boundaries fall on events that change the counters
        sim.runUntil(5_000);
        MetricsHistory history = sim.liveSnapshot().metrics();

        ClusterSimulation reference = cluster();
        int changedAtTheBoundary = 0;
        for (long boundary = 4_001; boundary <= 5_000; boundary++) {
            reference.runUntil(boundary - 1);
            MetricsSample sample = history.get(history.indexAtOrAfter(boundary));
            assertThat(sample).as("sample at %d ms", boundary).isEqualTo(expected(boundary, reference.snapshot()));
            reference.runUntil(boundary);
            if (!expected(boundary, reference.snapshot()).equals(sample)) {
                changedAtTheBoundary++;
            }
        }
        assertThat(changedAtTheBoundary).as("events due at a boundary are not in its sample").isPositive();
    }

    /** The sample the snapshot implies, with Kafka's metric definitions. */
    private static MetricsSample expected(long timeMs, ClusterSnapshot s) {
        long sent = 0;
        long acked = 0;
        long failed = 0;
        for (ProducerSnapshot p : s.producers()) {
            sent += p.sent();
            acked += p.acked();
            failed += p.failed();
        }
        int offline = 0;
        int underReplicated = 0;
        int underMinIsr = 0;
        long totalIsr = 0;
        int smallestIsr = Integer.MAX_VALUE;
        for (PartitionSnapshot p : s.partitions()) {
            totalIsr += p.isr().size();
            smallestIsr = Math.min(smallestIsr, p.isr().size());
            if (p.leader() < 0) {
                offline++;
            } else {
                underReplicated += p.isr().size() < p.replicas().size() ? 1 : 0;
                underMinIsr += p.isr().size() < p.minInsyncReplicas() ? 1 : 0;
            }
        }
        return new MetricsSample(timeMs, sent, acked, failed, s.partitions().size(), offline, underReplicated,
                underMinIsr, totalIsr, s.partitions().isEmpty() ? 0 : smallestIsr, s.controller().active());
    }

    @Test
    void aBrokerCrashShowsUnderReplicatedPartitionsRisingThenFallingAfterItsRestart() {
        ClusterSimulation sim = sampled();
        sim.schedule(new TimedCommand(10_000, new Command.CrashBroker(2)));
        sim.schedule(new TimedCommand(40_000, new Command.RestartBroker(2)));
        sim.runUntil(90_000);
        List<MetricsSample> samples = sim.liveSnapshot().metrics().samples();

        MetricsSample beforeCrash = samples.get(10);
        assertThat(beforeCrash.timeMs()).isEqualTo(10_000);
        assertThat(beforeCrash.underReplicatedPartitions()).isZero();
        assertThat(beforeCrash.smallestIsrSize()).isEqualTo(3);
        assertThat(beforeCrash.averageIsrSize()).isEqualTo(3.0);

        MetricsSample whileDown = samples.get(35);
        assertThat(whileDown.underReplicatedPartitions()).as("broker 2 left every ISR").isEqualTo(6);
        assertThat(whileDown.smallestIsrSize()).isEqualTo(2);
        assertThat(whileDown.underMinIsrPartitions()).as("2 replicas are still enough").isZero();
        assertThat(whileDown.offlinePartitions()).isZero();
        assertThat(whileDown.recordsAcked()).as("acks=all goes on with two in-sync replicas")
                .isGreaterThan(beforeCrash.recordsAcked());

        long firstUnderReplicatedMs = samples.stream().filter(s -> s.underReplicatedPartitions() > 0)
                .mapToLong(MetricsSample::timeMs).min().orElseThrow();
        assertThat(firstUnderReplicatedMs).isBetween(11_000L, 30_000L);

        MetricsSample end = samples.get(samples.size() - 1);
        assertThat(end.timeMs()).isEqualTo(90_000);
        assertThat(end.underReplicatedPartitions()).as("back in every ISR after the restart").isZero();
        assertThat(end.averageIsrSize()).isEqualTo(3.0);
        long recoveredMs = samples.stream().filter(s -> s.timeMs() > 40_000 && s.underReplicatedPartitions() == 0)
                .mapToLong(MetricsSample::timeMs).min().orElseThrow();
        assertThat(samples).filteredOn(s -> s.timeMs() >= recoveredMs)
                .allMatch(s -> s.underReplicatedPartitions() == 0);
    }

    @Test
    void askingAgainWithTheSameIntervalKeepsTheOneSampler() {
        ClusterSimulation sim = sampled();
        sim.runUntil(3_000);
        sim.sampleMetrics(1_000);
        sim.runUntil(5_000);

        assertThat(sim.liveSnapshot().metrics().samples()).extracting(MetricsSample::timeMs)
                .containsExactly(0L, 1_000L, 2_000L, 3_000L, 4_000L, 5_000L);
    }
}
