package dev.clusterlab.views.clients;

import dev.clusterlab.fault.Command;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.snapshot.ProducerSnapshot;
import dev.clusterlab.views.fx.ListUpdates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The producers as cards, and what can be done to each: start, stop, change the rate, restart
 * it with other settings (configureProducer). Actions go to the engine as timeline commands at
 * the current simulated time; impossible ones are disabled with the reason. FX thread.
 */
public final class ClientsViewModel {
    private final Consumer<Command> submit;
    private final ObservableList<ProducerCard> cards = FXCollections.observableArrayList();
    private final ObservableList<ProducerCard> readOnlyCards = FXCollections.unmodifiableObservableList(cards);

    public ClientsViewModel(Consumer<Command> submit) {
        this.submit = submit;
    }

    public void update(ClusterSnapshot snapshot) {
        Map<String, int[]> leaders = committedLeaders(snapshot);
        List<ProducerCard> next = new ArrayList<>(snapshot.producers().size());
        for (ProducerSnapshot p : snapshot.producers()) {
            int[] topicLeaders = leaders.get(p.topic());
            next.add(ProducerCard.of(p, partition -> topicLeaders != null && partition < topicLeaders.length
                    ? topicLeaders[partition] : BelievedLeader.NONE));
        }
        ListUpdates.replaceChanged(cards, next);
    }

    public ObservableList<ProducerCard> cards() {
        return readOnlyCards;
    }

    public Optional<ProducerCard> card(String producer) {
        return cards.stream().filter(c -> c.id().equals(producer)).findFirst();
    }

    /** What the producer's menu offers now, in a fixed order; impossible ones disabled with the reason. */
    public List<ProducerAction> actions(String producer) {
        ProducerCard card = card(producer).orElseThrow(() -> new IllegalArgumentException("no producer " + producer));
        boolean running = card.running();
        return List.of(
                new ProducerAction(ProducerAction.Kind.START, producer, new Command.StartProducer(producer),
                        running ? "already producing" : null),
                new ProducerAction(ProducerAction.Kind.STOP, producer, new Command.StopProducer(producer),
                        running ? null : "not producing"),
                new ProducerAction(ProducerAction.Kind.CHANGE_RATE, producer, null, null),
                new ProducerAction(ProducerAction.Kind.CONFIGURE, producer, null, null));
    }

    /** Submits an enabled action that needs no input; anything else is refused. */
    public void perform(ProducerAction action) {
        if (!action.isEnabled()) {
            throw new IllegalStateException(action.text());
        }
        if (action.needsInput()) {
            throw new IllegalStateException(action.label() + " needs input: use rateInput or configureForm");
        }
        submit.accept(action.command());
    }

    /** Submits a setRate for a valid rate; an invalid one is refused with its message. */
    public void setRate(String producer, RateInput rate) {
        submit.accept(rate.command(producer));
    }

    /** A Configure form holding the producer's current settings. */
    public ProducerConfigForm configureForm(String producer) {
        return new ProducerConfigForm(card(producer).orElseThrow(
                () -> new IllegalArgumentException("no producer " + producer)));
    }

    /** Submits the form's configureProducer (a producer restart); an invalid form is refused with its errors. */
    public void configure(ProducerConfigForm form) {
        submit.accept(form.command());
    }

    /** Per topic that a producer writes to, the committed leader of each partition (-1: none). */
    private static Map<String, int[]> committedLeaders(ClusterSnapshot snapshot) {
        Map<String, int[]> leaders = new HashMap<>();
        if (snapshot.producers().isEmpty()) {
            return leaders;
        }
        for (ProducerSnapshot p : snapshot.producers()) {
            leaders.put(p.topic(), new int[0]);
        }
        for (PartitionSnapshot part : snapshot.partitions()) {
            int[] topic = leaders.get(part.topic());
            if (topic == null) {
                continue;
            }
            if (part.partition() >= topic.length) {
                int[] grown = Arrays.copyOf(topic, Math.max(part.partition() + 1, topic.length * 2));
                Arrays.fill(grown, topic.length, grown.length, BelievedLeader.NONE);
                topic = grown;
                leaders.put(part.topic(), topic);
            }
            topic[part.partition()] = part.leader();
        }
        return leaders;
    }
}
