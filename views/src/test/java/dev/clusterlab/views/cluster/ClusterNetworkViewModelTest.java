package dev.clusterlab.views.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clusterlab.fault.Command;
import dev.clusterlab.snapshot.BrokerSnapshot;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.ControllerSnapshot;
import dev.clusterlab.snapshot.LinkDirection;
import dev.clusterlab.snapshot.LinkSnapshot;
import dev.clusterlab.snapshot.MessageInFlight;
import dev.clusterlab.snapshot.MetricsHistory;
import dev.clusterlab.snapshot.NetworkSnapshot;
import dev.clusterlab.snapshot.ProducerSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import dev.clusterlab.snapshot.ReplicaLogsSnapshot;
import dev.clusterlab.snapshot.TimelineSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The cluster view's network: links as drawn, messages, the selection and the network actions it offers. */
class ClusterNetworkViewModelTest {
    private static final LinkDirection OK = new LinkDirection(false, 1, false);
    private static final LinkDirection CUT = new LinkDirection(true, 1, false);

    private final List<Command> submitted = new ArrayList<>();
    private final ClusterViewModel model = new ClusterViewModel(submitted::add);

    /** Controller 1001, brokers 1 and 2, producer p; links as given (others fine). */
    private static ClusterSnapshot snapshot(long nowMs, List<LinkSnapshot> links, List<MessageInFlight> messages,
                                            boolean tracking) {
        ClusterSnapshot base = new ClusterSnapshot("s", 1, nowMs, 0, new ControllerQuorumSnapshot(1001, 1, 1),
                List.of(new ControllerSnapshot(1001, "RUNNING", "Leader", 1, 1001, 10, 10)),
                List.of(new BrokerSnapshot(1, "RUNNING", false, 11, 0, 1, 1),
                        new BrokerSnapshot(2, "RUNNING", false, 12, 0, 1, 1)),
                List.of(), List.of(new ProducerSnapshot("p", "t", true, 10, "all", 1, 0, 0, 0, new TreeMap<>(),
                        new TreeMap<>())),
                new RecordStats(0, 0, 0, 0, 0), List.of());
        return base.withLiveViews(new NetworkSnapshot(1, links, messages, tracking), ReplicaLogsSnapshot.NONE,
                TimelineSnapshot.EMPTY, MetricsHistory.EMPTY);
    }

    private static List<LinkSnapshot> links(LinkDirection oneToTwo, LinkDirection twoToOne) {
        return List.of(new LinkSnapshot("1001", "1", LinkSnapshot.Kind.CONTROL, OK, OK),
                new LinkSnapshot("1001", "2", LinkSnapshot.Kind.CONTROL, OK, OK),
                new LinkSnapshot("1", "2", LinkSnapshot.Kind.REPLICATION, oneToTwo, twoToOne),
                new LinkSnapshot("1", "p", LinkSnapshot.Kind.CLIENT, OK, OK),
                new LinkSnapshot("2", "p", LinkSnapshot.Kind.CLIENT, OK, OK));
    }

    private void show(LinkDirection oneToTwo, LinkDirection twoToOne) {
        model.update(snapshot(0, links(oneToTwo, twoToOne), List.of(), true));
    }

    private static NetworkAction named(List<NetworkAction> actions, String label) {
        return actions.stream().filter(a -> a.label().equals(label)).findFirst().orElseThrow();
    }

    private LinkLine line(String a, String b) {
        return model.links().stream().filter(l -> l.joins(a, b)).findFirst().orElseThrow();
    }

    @Test
    void linksAreDrawnPlainCutOneWayCutOrSlowedWithTheirLabel() {
        show(OK, OK);
        assertThat(line("1", "2").look()).isEqualTo(LinkLine.Look.NORMAL);
        assertThat(line("1", "2").label()).isEmpty();

        show(CUT, OK);
        assertThat(line("1", "2").look()).isEqualTo(LinkLine.Look.CUT_ONE_WAY);
        assertThat(line("1", "2").cutFrom()).isEqualTo("1");
        assertThat(line("1", "2").label()).isEqualTo("1 → 2 cut");

        show(OK, CUT);
        assertThat(line("1", "2").cutFrom()).as("only 2 → 1 is cut").isEqualTo("2");

        show(CUT, CUT);
        assertThat(line("1", "2").look()).isEqualTo(LinkLine.Look.CUT);

        show(new LinkDirection(false, 250, true), new LinkDirection(false, 250, true));
        assertThat(line("1", "2").look()).isEqualTo(LinkLine.Look.SLOWED);
        assertThat(line("1", "2").label()).isEqualTo("250 ms");

        show(new LinkDirection(false, 250, true), OK);
        assertThat(line("1", "2").label()).isEqualTo("1→2 250 ms · 2→1 1 ms");
        assertThat(line("1001", "1").look()).isEqualTo(LinkLine.Look.NORMAL);
    }

    @Test
    void ctrlClickAddsAndRemovesAPlainClickSelectsOneAndOnlyNodesCanBeSelected() {
        show(OK, OK);
        model.toggleSelected("1");
        model.toggleSelected("1001");
        assertThat(model.selection()).containsExactly("1", "1001");
        assertThat(model.selectionNames()).containsExactly("broker 1", "controller 1001");

        model.toggleSelected("1");
        assertThat(model.selection()).containsExactly("1001");
        model.selectOnly("2");
        assertThat(model.selection()).containsExactly("2");
        model.toggleSelected("p");
        model.toggleSelected("7");
        assertThat(model.selection()).as("clients and unknown ids are not tiles").containsExactly("2");
        model.clearSelection();
        assertThat(model.selection()).isEmpty();
    }

    @Test
    void aNodeThatDisappearsLeavesTheSelection() {
        show(OK, OK);
        model.selectOnly("2");
        model.update(new ClusterSnapshot("s", 1, 0, 0, new ControllerQuorumSnapshot(1001, 1, 1), List.of(),
                List.of(), List.of(), List.of(), new RecordStats(0, 0, 0, 0, 0), List.of()));
        assertThat(model.selection()).isEmpty();
    }

    @Test
    void withNothingSelectedEverySelectionActionSaysToSelectFirst() {
        show(OK, OK);
        List<NetworkAction> actions = model.selectionActions();

        assertThat(actions).extracting(NetworkAction::label).containsExactly("Partition selection from the rest",
                "Cut selection → rest (one-way)", "Cut rest → selection (one-way)",
                "Set latency between selection and rest…", "Heal network (every cut and latency)");
        assertThat(actions).allSatisfy(a -> assertThat(a.isEnabled()).isFalse());
        assertThat(actions.get(0).text()).isEqualTo(
                "Partition selection from the rest (select nodes first: Ctrl+click or Ctrl+Space)");
        assertThat(actions.get(4).text()).isEqualTo("Heal network (every cut and latency) (no link is cut or slowed)");
        assertThatThrownBy(() -> model.perform(actions.get(0))).isInstanceOf(IllegalStateException.class);
        assertThat(submitted).isEmpty();
    }

    @Test
    void partitioningASelectionCutsItFromEveryOtherNodeClientsIncluded() {
        show(OK, OK);
        model.selectOnly("2");
        model.perform(named(model.selectionActions(), "Partition selection from the rest"));
        model.perform(named(model.selectionActions(), "Cut selection → rest (one-way)"));
        model.perform(named(model.selectionActions(), "Cut rest → selection (one-way)"));

        assertThat(submitted).containsExactly(
                new Command.PartitionNetwork(List.of(List.of("2"), List.of("1001", "1", "p"))),
                new Command.PartitionOneWay(List.of("2"), List.of("1001", "1", "p")),
                new Command.PartitionOneWay(List.of("1001", "1", "p"), List.of("2")));
    }

    @Test
    void aSelectionOfEveryNodeHasNoRestToCutFrom() {
        show(OK, OK);
        model.toggleSelected("1001");
        model.toggleSelected("1");
        model.toggleSelected("2");
        // the producer p is still outside the selection
        assertThat(named(model.selectionActions(), "Partition selection from the rest").isEnabled()).isTrue();

        ClusterViewModel noClients = new ClusterViewModel(submitted::add);
        noClients.update(new ClusterSnapshot("s", 1, 0, 0, new ControllerQuorumSnapshot(1001, 1, 1), List.of(),
                List.of(new BrokerSnapshot(1, "RUNNING", false, 11, 0, 1, 1)), List.of(), List.of(),
                new RecordStats(0, 0, 0, 0, 0), List.of()));
        noClients.selectOnly("1");
        assertThat(named(noClients.selectionActions(), "Partition selection from the rest").text())
                .isEqualTo("Partition selection from the rest (the selection is every node)");
    }

    @Test
    void cutsThatAreAlreadyInPlaceAreDisabledAndHealBecomesPossible() {
        show(CUT, OK);
        model.selectOnly("1");
        model.toggleSelected("1001");
        model.toggleSelected("p");
        // selection {1, 1001}; rest {2, p}: 1 → 2 cut, but not 1 → p, 1001 → 2
        assertThat(named(model.selectionActions(), "Cut selection → rest (one-way)").isEnabled()).isTrue();

        model.selectOnly("1");
        List<LinkSnapshot> isolated = List.of(new LinkSnapshot("1001", "1", LinkSnapshot.Kind.CONTROL, CUT, CUT),
                new LinkSnapshot("1001", "2", LinkSnapshot.Kind.CONTROL, OK, OK),
                new LinkSnapshot("1", "2", LinkSnapshot.Kind.REPLICATION, CUT, CUT),
                new LinkSnapshot("1", "p", LinkSnapshot.Kind.CLIENT, CUT, OK));
        model.update(snapshot(0, isolated, List.of(), true));
        List<NetworkAction> actions = model.selectionActions();

        assertThat(named(actions, "Cut selection → rest (one-way)").text())
                .isEqualTo("Cut selection → rest (one-way) (already cut)");
        assertThat(named(actions, "Cut rest → selection (one-way)").isEnabled()).as("p → 1 still works").isTrue();
        assertThat(named(actions, "Partition selection from the rest").isEnabled()).isTrue();
        assertThat(named(actions, "Heal network (every cut and latency)").isEnabled()).isTrue();
        model.perform(named(actions, "Heal network (every cut and latency)"));
        assertThat(submitted).containsExactly(new Command.HealNetwork());
    }

    @Test
    void whoListensToTheLinksSeesTheActionsOfTheSameSnapshot() {
        show(OK, OK);
        model.selectOnly("1");
        List<Boolean> healPossible = new ArrayList<>();
        model.links().addListener((javafx.collections.ListChangeListener<LinkLine>) change ->
                healPossible.add(named(model.selectionActions(), "Heal network (every cut and latency)").isEnabled()));

        show(CUT, CUT);
        assertThat(healPossible).isNotEmpty().containsOnly(true);
    }

    @Test
    void aLinkOffersBothWaysEachDirectionLatencyAndHeal() {
        show(CUT, OK);
        List<NetworkAction> actions = model.linkActions(line("1", "2"));

        assertThat(actions).extracting(NetworkAction::text).containsExactly(
                "Cut broker 1 ⇄ broker 2 both ways", "Cut broker 1 → broker 2 (already cut)",
                "Cut broker 2 → broker 1", "Set latency broker 1 ⇄ broker 2…",
                "Heal network (every cut and latency)");
        model.perform(actions.get(0));
        model.perform(actions.get(2));
        assertThat(submitted).containsExactly(new Command.PartitionNetwork(List.of(List.of("1"), List.of("2"))),
                new Command.PartitionOneWay(List.of("2"), List.of("1")));
    }

    @Test
    void twoSelectedNodesAlsoOfferTheirLinksActionsForTheKeyboard() {
        show(OK, OK);
        model.toggleSelected("1");
        model.toggleSelected("2");

        assertThat(model.selectionActions()).extracting(NetworkAction::label)
                .contains("Cut broker 1 ⇄ broker 2 both ways", "Cut broker 2 → broker 1",
                        "Set latency broker 1 ⇄ broker 2…");
    }

    @Test
    void aLatencyIsValidatedThenSetBothWays() {
        show(OK, OK);
        LatencyAction latency = (LatencyAction) named(model.linkActions(line("1001", "2")),
                "Set latency controller 1001 ⇄ broker 2…");

        assertThat(model.setLatency(latency, "fast")).isEqualTo("a whole number of milliseconds, 0 to 60000");
        assertThat(model.setLatency(latency, "-5")).isEqualTo("a whole number of milliseconds, 0 to 60000");
        assertThat(model.setLatency(latency, "")).isEqualTo("enter a latency in ms");
        assertThat(model.setLatency(latency, "60001")).isEqualTo("at most 60000 ms");
        assertThat(submitted).isEmpty();

        assertThat(model.setLatency(latency, " 300 ")).isNull();
        assertThat(submitted).containsExactly(new Command.SetLatency(List.of("1001"), List.of("2"), 300),
                new Command.SetLatency(List.of("2"), List.of("1001"), 300));
        assertThatThrownBy(() -> model.perform(latency)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messagesAreDrawnUnlessTrackingIsOffOrTooManyAreInFlight() {
        MessageInFlight fetch = new MessageInFlight(0, "2", "1", "FetchRequest", 100, 101);
        model.update(snapshot(100, links(OK, OK), List.of(fetch), true));
        assertThat(model.messages().get().messages()).containsExactly(fetch);
        assertThat(model.messages().get().nowMs()).isEqualTo(100);
        assertThat(model.messages().get().note()).isEmpty();

        model.update(snapshot(100, links(OK, OK), List.of(), false));
        assertThat(model.messages().get().messages()).isEmpty();
        assertThat(model.messages().get().note()).isEmpty();

        List<MessageInFlight> many = new ArrayList<>();
        for (int i = 0; i <= ClusterViewModel.MAX_DRAWN_MESSAGES; i++) {
            many.add(new MessageInFlight(i, "2", "1", "FetchRequest", 100, 101));
        }
        model.update(snapshot(100, links(OK, OK), many, true));
        assertThat(model.messages().get().messages()).isEmpty();
        assertThat(model.messages().get().inFlight()).isEqualTo(151);
        assertThat(model.messages().get().note())
                .isEqualTo("151 messages in flight: too many to draw, slow down to watch");
    }

    @Test
    void aMessageIsColouredByItsKindAndTheLinkItTravels() {
        show(OK, OK);
        assertThat(model.kindOf(new MessageInFlight(0, "2", "1", "FetchRequest", 0, 1))).isEqualTo(MessageKind.FETCH);
        assertThat(model.kindOf(new MessageInFlight(0, "1", "1001", "RaftFetchRequest", 0, 1)))
                .as("a broker fetching the metadata log").isEqualTo(MessageKind.CONTROL);
        assertThat(model.kindOf(new MessageInFlight(0, "1", "1001", "BrokerHeartbeatRequest", 0, 1)))
                .isEqualTo(MessageKind.CONTROL);
        assertThat(model.kindOf(new MessageInFlight(0, "p", "1", "ProduceRequest", 0, 1)))
                .isEqualTo(MessageKind.PRODUCE);
        assertThat(MessageKind.of("VoteRequest")).isEqualTo(MessageKind.RAFT);
        assertThat(MessageKind.of("RaftFetchResponse", LinkSnapshot.Kind.RAFT)).isEqualTo(MessageKind.RAFT);
        assertThat(MessageKind.of("BeginQuorumEpochRequest")).isEqualTo(MessageKind.RAFT);
        assertThat(MessageKind.of("ConnectionRefused")).isEqualTo(MessageKind.OTHER);
    }
}
