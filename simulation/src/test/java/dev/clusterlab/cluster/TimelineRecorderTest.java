package dev.clusterlab.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clusterlab.fault.Command;
import dev.clusterlab.fault.TimedCommand;
import dev.clusterlab.network.LinkSettings;
import dev.clusterlab.scenario.LoadedScenario;
import dev.clusterlab.scenario.ReportBuilder;
import dev.clusterlab.scenario.ScenarioLoader;
import dev.clusterlab.scenario.TraceWriter;
import dev.clusterlab.snapshot.TimelineCategory;
import dev.clusterlab.snapshot.TimelineEntry;
import dev.clusterlab.snapshot.TimelineField;
import dev.clusterlab.snapshot.TimelineSnapshot;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The desktop app's timeline: what it records, in what order, how much, and that it changes nothing. */
class TimelineRecorderTest {

    private static ClusterSimulation cluster(long seed) {
        return new ClusterSimulation(new ClusterSetup("timeline", seed, 3, 1, Map.of(), LinkSettings.DEFAULT, false,
                List.of(new Command.CreateTopic("t", 2, 3, Map.of(), null)),
                List.of(new ProducerSetup("p", "t", 200, 10, 100, Map.of()))));
    }

    @Test
    void withoutRecordingTheTimelineIsEmpty() {
        ClusterSimulation sim = cluster(1);
        sim.runUntil(1_000);

        assertThat(sim.liveSnapshot().timeline()).isSameAs(TimelineSnapshot.EMPTY);
        assertThat(TimelineSnapshot.EMPTY.recording()).isFalse();
    }

    @Test
    void commandsAndRefusalsAppearAtTheSimulatedTimeTheyRan() {
        ClusterSimulation sim = cluster(1);
        sim.recordTimeline(10_000);
        sim.runUntil(3_000);
        sim.submit(new Command.CrashBroker(2));
        sim.runUntil(4_000);
        sim.submit(new Command.RestartBroker(1)); // broker 1 is running: refused
        sim.schedule(new TimedCommand(4_500, new Command.RestartBroker(2)));
        sim.runUntil(5_000);

        TimelineSnapshot timeline = sim.liveSnapshot().timeline();
        assertThat(timeline.commands()).extracting(TimelineEntry::type, TimelineEntry::timeMs, TimelineEntry::refused)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("crashBroker", 3_000L, false),
                        org.assertj.core.groups.Tuple.tuple("ActionRefused", 4_000L, true),
                        org.assertj.core.groups.Tuple.tuple("restartBroker", 4_500L, false));
        TimelineEntry crash = timeline.commands().get(0);
        assertThat(crash.node()).isEmpty();
        assertThat(crash.category()).isEqualTo(TimelineCategory.COMMAND);
        assertThat(crash.fields()).containsExactly(new TimelineField("broker", "2"));
        assertThat(crash.summary()).isEqualTo("broker=2");
        TimelineEntry refusal = timeline.commands().get(1);
        assertThat(refusal.value("action")).isEqualTo("restartBroker");
        assertThat(refusal.value("reason")).contains("broker 1");
        assertThat(refusal.summary()).startsWith("restartBroker refused: ").contains("running");
        assertThat(timeline.entry(crash.seq())).as("commands are entries too").isSameAs(crash);
    }

    @Test
    void entriesComeInSeqOrderWithoutGapsAndEveryCategoryIsDerived() {
        ClusterSimulation sim = cluster(1);
        sim.recordTimeline(100_000);
        sim.runUntil(2_000);

        TimelineSnapshot timeline = sim.liveSnapshot().timeline();
        assertThat(timeline.firstSeq()).isZero();
        assertThat(timeline.endSeq()).isEqualTo(sim.engine().executedEvents());
        List<TimelineEntry> entries = timeline.entriesFrom(0);
        for (int i = 0; i < entries.size(); i++) {
            assertThat(entries.get(i).seq()).isEqualTo(i);
            if (i > 0) {
                assertThat(entries.get(i).timeMs()).isGreaterThanOrEqualTo(entries.get(i - 1).timeMs());
            }
        }
        TimelineEntry fetch = entries.stream().filter(e -> e.type().equals("FetchRequest")).findFirst().orElseThrow();
        assertThat(fetch.category()).isEqualTo(TimelineCategory.REPLICATION);
        assertThat(fetch.fields().get(0).name()).isEqualTo("from");
        assertThat(fetch.summary()).startsWith("from=").contains("partitions=[{topicPartition=t-");
        assertThat(entries).filteredOn(e -> e.type().equals("VoteRequest") || e.type().equals("RaftFetchRequest"))
                .isNotEmpty().allMatch(e -> e.category() == TimelineCategory.RAFT);
        assertThat(entries).filteredOn(e -> e.type().equals("ProduceRequest"))
                .isNotEmpty().allMatch(e -> e.category() == TimelineCategory.PRODUCE && e.node().matches("[123]"));
        assertThat(entries).filteredOn(e -> e.type().equals("BrokerHeartbeatRequest"))
                .isNotEmpty().allMatch(e -> e.category() == TimelineCategory.CONTROLLER);
        assertThat(entries).filteredOn(e -> e.type().equals("BrokerHeartbeatTimer"))
                .isNotEmpty().allMatch(e -> e.category() == TimelineCategory.TIMER);
    }

    @Test
    void memoryIsBoundedButCommandsAreKept() {
        ClusterSimulation sim = cluster(1);
        sim.recordTimeline(3_000);
        sim.runUntil(1_000);
        sim.submit(new Command.CrashBroker(3));
        sim.runUntil(20_000);

        TimelineSnapshot timeline = sim.liveSnapshot().timeline();
        assertThat(timeline.endSeq()).isGreaterThan(3 * 3_000);
        assertThat(timeline.size()).isEqualTo(3_000);
        assertThat(timeline.firstSeq()).isEqualTo(timeline.endSeq() - 3_000);
        assertThat(timeline.entry(timeline.firstSeq()).seq()).isEqualTo(timeline.firstSeq());
        assertThat(timeline.commands()).extracting(TimelineEntry::type).containsExactly("crashBroker");
        assertThat(timeline.commands().get(0).seq()).as("older than anything else kept")
                .isLessThan(timeline.firstSeq());
    }

    @Test
    void aSnapshotNeverChangesAndIsReusedWhileNothingRan() {
        ClusterSimulation sim = cluster(1);
        sim.recordTimeline(2_000);
        sim.runUntil(3_000);
        TimelineSnapshot before = sim.liveSnapshot().timeline();
        TimelineEntry last = before.entry(before.endSeq() - 1);
        assertThat(sim.liveSnapshot().timeline()).isSameAs(before);

        sim.runUntil(10_000);
        TimelineSnapshot after = sim.liveSnapshot().timeline();
        assertThat(after.sameRecordingAs(before)).isTrue();
        assertThat(after.endSeq()).isGreaterThan(before.endSeq());
        assertThat(before.entry(before.endSeq() - 1)).isSameAs(last);
        assertThat(before.size()).isEqualTo(2_000);
        assertThat(cluster(1).liveSnapshot().timeline().sameRecordingAs(before)).isFalse();
    }

    @Test
    void sameSeedSameEntries() {
        List<String> a = facts(1);
        List<String> b = facts(1);

        assertThat(a).hasSizeGreaterThan(1_000).isEqualTo(b);
        assertThat(facts(2)).isNotEqualTo(a);
    }

    private static List<String> facts(long seed) {
        ClusterSimulation sim = cluster(seed);
        sim.recordTimeline(5_000);
        sim.runUntil(2_000);
        sim.submit(new Command.CrashBroker(1));
        sim.runUntil(4_000);
        List<String> facts = new ArrayList<>();
        TimelineSnapshot timeline = sim.liveSnapshot().timeline();
        for (TimelineEntry e : timeline.entriesFrom(timeline.firstSeq())) {
            facts.add(e.seq() + " " + e.timeMs() + " " + e.node() + " " + e.type() + " " + e.category() + " "
                    + e.fields());
        }
        return facts;
    }

    @Test
    void recordingChangesNeitherTheTraceNorTheReport() throws Exception {
        LoadedScenario s = ScenarioLoader.load(Path.of("..", "samples", "acks1-leader-crash.json"));
        String[] without = run(s, false);
        String[] with = run(s, true);

        assertThat(with[0]).hasSizeGreaterThan(1_000).isEqualTo(without[0]);
        assertThat(with[1]).isEqualTo(without[1]);
    }

    /** The trace and the report of a run, as the runner makes them, with or without the timeline. */
    private static String[] run(LoadedScenario s, boolean record) throws Exception {
        ClusterSimulation sim = new ClusterSimulation(s.setup());
        if (record) {
            sim.recordTimeline(10_000);
        }
        StringWriter trace = new StringWriter();
        TraceWriter writer = TraceWriter.to(trace);
        sim.addListener(writer);
        for (TimedCommand c : s.timeline()) {
            sim.schedule(c);
        }
        for (long t = 0; t < s.runForMs(); t += 500) {
            sim.runUntil(Math.min(t + 500, s.runForMs()));
            if (record) {
                sim.liveSnapshot(); // as the app does every frame
            }
        }
        writer.close();
        String report = ReportBuilder.build(sim.snapshot(), s.scenario().name(), s.setup().seed(), 0).toString();
        return new String[] {trace.toString(), report};
    }

    @Test
    void entriesShowTheFactsOfTheirTraceLines() throws Exception {
        ClusterSimulation sim = cluster(1);
        sim.recordTimeline(100_000);
        StringWriter trace = new StringWriter();
        TraceWriter writer = TraceWriter.to(trace);
        sim.addListener(writer);
        sim.runUntil(1_500);
        sim.submit(new Command.CrashBroker(2));
        sim.runUntil(2_000);
        writer.close();

        TimelineSnapshot timeline = sim.liveSnapshot().timeline();
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = trace.toString().lines().toList();
        assertThat(lines).hasSize(timeline.size());
        for (String line : lines) {
            JsonNode json = mapper.readTree(line);
            TimelineEntry e = timeline.entry(json.get("seq").asLong());
            assertThat(e.timeMs()).isEqualTo(json.get("t").asLong());
            assertThat(e.type()).isEqualTo(json.get("type").asText());
            assertThat(e.node()).isEqualTo(json.has("node") ? json.get("node").asText() : "");
            List<String> names = new ArrayList<>();
            Iterator<String> it = json.fieldNames();
            it.forEachRemaining(names::add);
            names.removeAll(List.of("t", "seq", "node", "type"));
            assertThat(e.fields()).as(line).extracting(TimelineField::name).containsExactlyElementsOf(names);
            for (TimelineField f : e.fields()) {
                JsonNode v = json.get(f.name());
                if (v.isValueNode()) {
                    assertThat(f.value()).as(line).isEqualTo(v.asText());
                }
            }
        }
    }
}
