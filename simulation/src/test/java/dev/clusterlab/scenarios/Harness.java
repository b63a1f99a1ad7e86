package dev.clusterlab.scenarios;

import dev.clusterlab.broker.BrokerNode;
import dev.clusterlab.client.ProducerClient;
import dev.clusterlab.cluster.ClusterSimulation;
import dev.clusterlab.controller.ControllerNode;
import dev.clusterlab.engine.SimulationListener;
import dev.clusterlab.fault.Command;
import dev.clusterlab.fault.TimedCommand;
import dev.clusterlab.log.PartitionLog;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.metadata.BrokerRegistration;
import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.protocol.TopicPartition;
import dev.clusterlab.scenario.LoadedScenario;
import dev.clusterlab.scenario.ScenarioException;
import dev.clusterlab.scenario.ScenarioLoader;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.snapshot.ProducerSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Drives one scenario step by step for the behavioural tests: loads a sample (or JSON text),
 * schedules its timeline, and gives cheap access to the committed metadata, the brokers' logs,
 * the controllers and the producers between events.
 */
final class Harness {
    /** The repository's samples folder, seen from the simulation module (the tests' working directory). */
    static final Path SAMPLES = Path.of("..", "samples");
    static final TopicPartition T0 = new TopicPartition("t", 0);

    /** Every harness a test creates, so that InvariantsHeldExtension can check them after the test. */
    static final ThreadLocal<List<Harness>> CREATED = ThreadLocal.withInitial(ArrayList::new);

    final LoadedScenario scenario;
    final ClusterSimulation sim;
    /** Invariants this run may violate: those its scenario expects violated, and those a test allows. */
    final java.util.Set<String> allowedViolations = new java.util.TreeSet<>();

    private Harness(LoadedScenario scenario, Long seed) {
        this.scenario = scenario;
        this.sim = new ClusterSimulation(seed == null ? scenario.setup()
                : ScenarioLoader.withSeed(scenario.setup(), seed));
        for (TimedCommand c : scenario.timeline()) {
            sim.schedule(c);
        }
        scenario.expectations().stream()
                .filter(dev.clusterlab.scenario.Expectation.Invariant.class::isInstance)
                .map(dev.clusterlab.scenario.Expectation.Invariant.class::cast)
                .filter(dev.clusterlab.scenario.Expectation.Invariant::expectViolated)
                .forEach(e -> allowedViolations.add(e.name()));
        CREATED.get().add(this);
    }

    /** This test demonstrates a violation of the named invariant (for example acks=1 losing data). */
    Harness allowViolation(String invariant) {
        allowedViolations.add(invariant);
        return this;
    }

    static LoadedScenario load(String sampleFile) {
        try {
            return ScenarioLoader.load(SAMPLES.resolve(sampleFile));
        } catch (ScenarioException e) {
            throw new AssertionError("sample " + sampleFile + " does not load: " + e.getMessage(), e);
        }
    }

    static Harness sample(String sampleFile) {
        return new Harness(load(sampleFile), null);
    }

    static Harness sample(String sampleFile, long seed) {
        return new Harness(load(sampleFile), seed);
    }

    static Harness json(String json) {
        try {
            return new Harness(ScenarioLoader.parse(json, Path.of("inline.json")), null);
        } catch (ScenarioException e) {
            throw new AssertionError("inline scenario does not load: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- running

    Harness runUntil(long ms) {
        sim.runUntil(ms);
        return this;
    }

    /** Runs to the end of the scenario's runFor. */
    Harness runToEnd() {
        sim.runUntil(scenario.runForMs());
        return this;
    }

    /**
     * Executes events one by one until the condition holds (checked after every event) and
     * returns the simulated time of the event that made it hold; fails if it never does by limitMs.
     */
    long runUntilTrue(String what, long limitMs, BooleanSupplier condition) {
        if (condition.getAsBoolean()) {
            return sim.nowMs();
        }
        while (sim.engine().nextEventTimeMs() <= limitMs && sim.step()) {
            if (condition.getAsBoolean()) {
                return sim.nowMs();
            }
        }
        throw new AssertionError(what + " did not happen by t=" + limitMs + "ms (scenario '"
                + scenario.scenario().name() + "', seed " + sim.setup().seed() + ")");
    }

    void at(long ms, Command command) {
        sim.schedule(new TimedCommand(ms, command));
    }

    void listen(SimulationListener listener) {
        sim.addListener(listener);
    }

    long now() {
        return sim.nowMs();
    }

    // ---------------------------------------------------------------- reading state

    ClusterSnapshot snapshot() {
        return sim.snapshot();
    }

    PartitionSnapshot partition(TopicPartition tp) {
        return snapshot().partitions().stream()
                .filter(p -> p.topic().equals(tp.topic()) && p.partition() == tp.partition())
                .findFirst().orElseThrow(() -> new AssertionError("no partition " + tp));
    }

    /** The quorum-agreed state of a partition (cheap: no snapshot). */
    PartitionRegistration committed(TopicPartition tp) {
        return sim.committedPartition(tp);
    }

    PartitionRegistration committed() {
        return committed(T0);
    }

    /** Committed leader of t-0, or -2 before the partition's metadata is committed. */
    int leader() {
        PartitionRegistration r = committed(T0);
        return r == null ? -2 : r.leader();
    }

    List<Integer> isr() {
        PartitionRegistration r = committed(T0);
        return r == null ? List.of() : r.isr();
    }

    BrokerNode broker(int id) {
        return (BrokerNode) sim.engine().node(id);
    }

    ControllerNode controller(int id) {
        return (ControllerNode) sim.engine().node(id);
    }

    List<ControllerNode> controllers() {
        List<ControllerNode> out = new ArrayList<>();
        for (int i = 1; i <= sim.setup().controllers(); i++) {
            out.add(controller(1000 + i));
        }
        return out;
    }

    /** The active controller with the highest epoch, or null. */
    ControllerNode activeController() {
        ControllerNode best = null;
        for (ControllerNode c : controllers()) {
            if (c.isActiveController()
                    && (best == null || c.controller().activeEpoch() > best.controller().activeEpoch())) {
                best = c;
            }
        }
        return best;
    }

    /** The committed metadata as the most advanced live controller has it. */
    MetadataImage committedImage() {
        MetadataImage best = MetadataImage.EMPTY;
        for (ControllerNode c : controllers()) {
            if (c.isUp() && c.controller() != null && c.controller().committedImage().offset() > best.offset()) {
                best = c.controller().committedImage();
            }
        }
        return best;
    }

    BrokerRegistration brokerRegistration(int id) {
        return committedImage().broker(id);
    }

    PartitionLog log(int broker, TopicPartition tp) {
        return broker(broker).disk().log(tp);
    }

    long leo(int broker) {
        PartitionLog l = log(broker, T0);
        return l == null ? 0 : l.logEndOffset();
    }

    long hw(int broker) {
        PartitionLog l = log(broker, T0);
        return l == null ? 0 : l.highWatermark();
    }

    List<RecordBatch> batches(int broker, TopicPartition tp) {
        PartitionLog l = log(broker, tp);
        return l == null ? List.of() : List.copyOf(l.batches());
    }

    ProducerSnapshot producer(String id) {
        return ((ProducerClient) sim.engine().node(id)).snapshot();
    }

    long errors(String producer, String error) {
        return producer(producer).errors().getOrDefault(error, 0L);
    }

    /** A batch as a comparable line: base offset, leader epoch, producer id/epoch, sequences. */
    static String describe(RecordBatch b) {
        return b.baseOffset() + "@e" + b.partitionLeaderEpoch() + " pid " + b.producerId() + "/" + b.producerEpoch()
                + " seq " + b.baseSequence() + ".." + b.lastSequence();
    }

    static List<String> describe(List<RecordBatch> batches) {
        List<String> out = new ArrayList<>(batches.size());
        for (RecordBatch b : batches) {
            out.add(describe(b));
        }
        return out;
    }

    String where() {
        return "scenario '" + scenario.scenario().name() + "', seed " + sim.setup().seed() + ", t=" + now() + "ms";
    }
}
