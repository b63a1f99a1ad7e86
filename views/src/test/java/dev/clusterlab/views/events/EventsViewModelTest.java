package dev.clusterlab.views.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.snapshot.BrokerSnapshot;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.ControllerSnapshot;
import dev.clusterlab.snapshot.ProducerSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import dev.clusterlab.snapshot.TimelineCategory;
import dev.clusterlab.snapshot.TimelineEntry;
import dev.clusterlab.snapshot.TimelineField;
import dev.clusterlab.views.timeline.ClockViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class EventsViewModelTest {

    private static List<Long> seqs(EventsViewModel model) {
        return model.rows().stream().map(TimelineEntry::seq).toList();
    }

    @Test
    void showsEveryRecordedEventOldestFirstWithTheClock() {
        FakeTimeline t = new FakeTimeline(100).fetch("1").command("crashBroker", "broker", "2").timer("3", "IsrExpiration");
        EventsViewModel model = new EventsViewModel();

        model.update(t.cluster());

        assertThat(model.rows()).extracting(TimelineEntry::type)
                .containsExactly("FetchRequest", "crashBroker", "IsrExpiration");
        assertThat(model.clockProperty().get()).isEqualTo("t = 00:00:00.003");
        assertThat(model.statusProperty().get()).isEqualTo("3 events shown of 3 recorded");
        assertThat(model.types()).containsExactly(EventsViewModel.ALL_TYPES, "FetchRequest", "IsrExpiration",
                "crashBroker");
    }

    @Test
    void filtersByNodeCategoryTypeAndTextAndCommandsBelongToEveryNode() {
        FakeTimeline t = new FakeTimeline(100).fetch("1").fetch("2").timer("2", "IsrExpiration")
                .command("crashBroker", "broker", "3").fetch("2");
        EventsViewModel model = new EventsViewModel();
        model.update(t.cluster());

        model.nodeFilterProperty().set(new NodeChoice("2", "Broker 2"));
        assertThat(seqs(model)).containsExactly(1L, 2L, 3L, 4L);

        model.categoryProperty(TimelineCategory.TIMER).set(false);
        assertThat(seqs(model)).containsExactly(1L, 3L, 4L);

        model.typeFilterProperty().set("FetchRequest");
        assertThat(seqs(model)).containsExactly(1L, 4L);

        model.textFilterProperty().set("FETCHOFFSET=4");
        assertThat(seqs(model)).containsExactly(4L);

        model.textFilterProperty().set("");
        model.typeFilterProperty().set(EventsViewModel.ALL_TYPES);
        model.nodeFilterProperty().set(NodeChoice.ALL);
        model.categoryProperty(TimelineCategory.REPLICATION).set(false);
        assertThat(model.rows()).extracting(TimelineEntry::type).containsExactly("crashBroker");
    }

    @Test
    void eachFrameAppendsOnlyWhatIsNew() {
        FakeTimeline t = new FakeTimeline(1_000).fetches("1", 10);
        EventsViewModel model = new EventsViewModel(100);
        model.update(t.cluster());
        TimelineEntry first = model.rows().get(0);
        List<String> changes = new ArrayList<>();
        model.rows().addListener((ListChangeListener<TimelineEntry>) c -> {
            while (c.next()) {
                changes.add("+" + c.getAddedSize() + " -" + c.getRemovedSize() + " @" + c.getFrom());
            }
        });

        t.fetches("2", 3);
        model.update(t.cluster());
        model.update(t.cluster()); // nothing new: nothing changes

        assertThat(changes).containsExactly("+3 -0 @10");
        assertThat(model.rows()).hasSize(13);
        assertThat(model.rows().get(0)).isSameAs(first);
        assertThat(seqs(model)).isSorted();
    }

    @Test
    void hiddenItOnlyKeepsTheSnapshotAndShownAgainCatchesUpWithTheNewest() {
        FakeTimeline t = new FakeTimeline(10_000).fetches("1", 5);
        EventsViewModel model = new EventsViewModel(50);
        model.update(t.cluster());
        int[] listChanges = {0};
        model.rows().addListener((ListChangeListener<TimelineEntry>) c -> listChanges[0]++);

        model.setShowing(false);
        t.fetches("1", 500);
        model.update(t.cluster());
        t.fetches("2", 10);
        model.update(t.cluster());

        assertThat(listChanges[0]).as("nothing is done while hidden").isZero();
        assertThat(seqs(model)).hasSize(5);

        model.setShowing(true);

        assertThat(seqs(model)).hasSize(50).startsWith(465L).endsWith(514L);
        assertThat(model.skippedProperty().get()).as("hidden events were not skipped for speed").isZero();
        assertThat(model.rows().get(49).node()).isEqualTo("2");
    }

    @Test
    void keepsAtMostMaxRowsTheNewest() {
        FakeTimeline t = new FakeTimeline(1_000).fetches("1", 40);
        EventsViewModel model = new EventsViewModel(50);
        model.update(t.cluster());

        t.fetches("1", 30);
        model.update(t.cluster());

        assertThat(model.rows()).hasSize(50);
        assertThat(seqs(model).get(0)).isEqualTo(20L);
        assertThat(seqs(model).get(49)).isEqualTo(69L);
        assertThat(model.skippedProperty().get()).as("every new event was shown, if briefly").isZero();
    }

    @Test
    void moreThanFitsInOneFrameKeepsTheNewestAndSaysHowManyWereSkipped() {
        FakeTimeline t = new FakeTimeline(10_000).fetches("1", 5);
        EventsViewModel model = new EventsViewModel(50);
        model.update(t.cluster());

        t.fetches("1", 500);
        model.update(t.cluster());

        assertThat(seqs(model)).hasSize(50).startsWith(455L).endsWith(504L);
        assertThat(model.skippedProperty().get()).isEqualTo(450);
        assertThat(model.statusProperty().get())
                .isEqualTo("50 events shown of 505 recorded · 450 events skipped at this speed");
    }

    @Test
    void commandsAreNeverSkippedEvenInAFlood() {
        FakeTimeline t = new FakeTimeline(10_000).fetches("1", 5);
        EventsViewModel model = new EventsViewModel(50);
        model.update(t.cluster());

        t.command("crashBroker", "broker", "1").fetches("1", 500);
        model.update(t.cluster());

        assertThat(model.rows()).hasSize(50);
        assertThat(model.rows().get(0).type()).isEqualTo("crashBroker");
        assertThat(seqs(model).subList(1, 50)).startsWith(457L).endsWith(505L);
        assertThat(model.skippedProperty().get()).isEqualTo(451);
    }

    @Test
    void eventsTheRecorderDroppedBeforeTheyWereSeenCountAsSkipped() {
        FakeTimeline t = new FakeTimeline(100).fetches("1", 10);
        EventsViewModel model = new EventsViewModel(1_000);
        model.update(t.cluster());

        t.fetches("1", 300); // the recorder keeps the last 100 only
        model.update(t.cluster());

        assertThat(seqs(model)).startsWith(0L).endsWith(309L).hasSize(110);
        assertThat(model.skippedProperty().get()).isEqualTo(200);
    }

    @Test
    void aFilterReachesBackToCommandsOlderThanTheRecordedEvents() {
        FakeTimeline t = new FakeTimeline(100).command("crashBroker", "broker", "2").fetches("1", 300)
                .refused("restartBroker", "broker 1 is running");
        EventsViewModel model = new EventsViewModel(1_000);
        model.update(t.cluster());
        for (TimelineCategory c : TimelineCategory.values()) {
            model.categoryProperty(c).set(c == TimelineCategory.COMMAND);
        }

        assertThat(model.rows()).extracting(TimelineEntry::type).containsExactly("crashBroker", "ActionRefused");
    }

    @Test
    void selectingARowShowsItsFieldsAndStopsFollowing() {
        FakeTimeline t = new FakeTimeline(100).fetch("1").refused("restartBroker", "broker 1 is still running");
        EventsViewModel model = new EventsViewModel();
        model.update(t.cluster());
        assertThat(model.followProperty().get()).isTrue();

        model.select(model.rows().get(1));

        assertThat(model.followProperty().get()).isFalse();
        assertThat(model.details()).containsExactly(new TimelineField("action", "restartBroker"),
                new TimelineField("reason", "broker 1 is still running"));
        assertThat(model.detailsTitleProperty().get())
                .isEqualTo("Refused restartBroker · seq 1 · t = 00:00:00.001");
        assertThat(model.detailsTextProperty().get())
                .isEqualTo("action: restartBroker\nreason: broker 1 is still running");
        assertThat(model.rows().get(1).summary()).isEqualTo("restartBroker refused: broker 1 is still running");

        model.select(model.rows().get(0));
        assertThat(model.detailsTitleProperty().get()).startsWith("FetchRequest at node 1 · seq 0");
    }

    @Test
    void whileNotFollowingTheRowsStayPutAndFollowCatchesUp() {
        FakeTimeline t = new FakeTimeline(1_000).fetches("1", 8);
        EventsViewModel model = new EventsViewModel(10);
        model.update(t.cluster());
        TimelineEntry reading = model.rows().get(2);
        model.select(reading);

        t.fetches("1", 5);
        model.update(t.cluster());

        assertThat(seqs(model)).as("nothing trimmed while the user reads; the first new ones are added")
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(model.selectedProperty().get()).isSameAs(reading);
        assertThat(model.newerNotShownProperty().get()).isEqualTo(3);
        assertThat(model.statusProperty().get()).endsWith("3 newer not shown: Follow to catch up");

        model.followProperty().set(true);

        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.details()).isEmpty();
        assertThat(seqs(model)).startsWith(3L).endsWith(12L);
        assertThat(model.newerNotShownProperty().get()).isZero();
    }

    @Test
    void aRestartedRunStartsAFreshTimeline() {
        EventsViewModel model = new EventsViewModel();
        model.update(new FakeTimeline(100).fetches("1", 20).cluster());
        model.select(model.rows().get(3));

        model.update(new FakeTimeline(100).fetches("2", 4).cluster());

        assertThat(model.rows()).hasSize(4).allMatch(e -> e.node().equals("2"));
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.followProperty().get()).isTrue();
    }

    @Test
    void theNodeFilterOffersEveryBrokerControllerAndProducer() {
        EventsViewModel model = new EventsViewModel();
        ClusterSnapshot s = new ClusterSnapshot("s", 1, 0, 0, new ControllerQuorumSnapshot(1001, 1, 0),
                List.of(new ControllerSnapshot(1001, "RUNNING", "Leader", 1, 1001, 0, 0)),
                List.of(new BrokerSnapshot(1, "RUNNING", false, 1, 0, 0, 0),
                        new BrokerSnapshot(2, "RUNNING", false, 1, 0, 0, 0)),
                List.of(), List.of(new ProducerSnapshot("checkout", "orders", true, 100, "all", 0, 0, 0, 0,
                        new TreeMap<>(), new TreeMap<>())),
                new RecordStats(0, 0, 0, 0, 0), List.of());

        model.update(s);

        assertThat(model.nodes()).extracting(NodeChoice::label).containsExactly("All nodes", "Broker 1", "Broker 2",
                "Controller 1001", "Producer checkout");
        assertThat(model.statusProperty().get()).isEqualTo("Not recording");
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void timesAreFormattedLikeTheClock() {
        for (long t : new long[] {0, 7, 1_234, 83_456, 3_723_004, 359_999_999}) {
            assertThat("t = " + EventsViewModel.formatTime(t)).isEqualTo(ClockViewModel.formatClock(t));
        }
    }
}
