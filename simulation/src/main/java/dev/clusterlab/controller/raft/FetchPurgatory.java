package dev.clusterlab.controller.raft;

import dev.clusterlab.engine.SimNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Fetches the leader parks because they would return nothing new (Kafka's fetch purgatory). A parked
 * fetch is answered as soon as there is something for it, or when its max wait expires. One lazy timer
 * covers all of them (they expire in arrival order, since every fetch waits the same max wait).
 */
final class FetchPurgatory {
    record Parked(SimNode from, RaftFetchRequest request, long expireAtMs) {
    }

    private final SimNode node;
    private final List<Parked> parked = new ArrayList<>();
    private final LazyTimer expiryTimer;
    private final Answer answer;

    /** Builds and sends the response to a parked fetch with the leader's state at that moment. */
    interface Answer {
        /** expired: the max wait ran out with nothing new (Kafka then sends the response computed on arrival). */
        void answer(SimNode from, RaftFetchRequest request, boolean expired);
    }

    FetchPurgatory(SimNode node, Answer answer) {
        this.node = node;
        this.answer = answer;
        this.expiryTimer = new LazyTimer(node, "RaftFetchMaxWait", this::expireDue);
    }

    void park(SimNode from, RaftFetchRequest request, long nowMs) {
        Parked p = new Parked(from, request, nowMs + request.maxWaitMs());
        parked.add(p);
        if (!expiryTimer.isSet() || expiryTimer.dueMs() > p.expireAtMs()) {
            expiryTimer.setDue(p.expireAtMs());
        }
    }

    boolean isEmpty() {
        return parked.isEmpty();
    }

    /** Answers (now) every parked fetch the predicate says has something new. */
    void completeWhere(Predicate<RaftFetchRequest> hasNews) {
        if (parked.isEmpty()) {
            return;
        }
        List<Parked> ready = null;
        for (Iterator<Parked> it = parked.iterator(); it.hasNext(); ) {
            Parked p = it.next();
            if (hasNews.test(p.request())) {
                it.remove();
                if (ready == null) {
                    ready = new ArrayList<>();
                }
                ready.add(p);
            }
        }
        if (ready != null) {
            for (Parked p : ready) {
                answer.answer(p.from(), p.request(), false);
            }
        }
    }

    /** Answers every parked fetch (the replica stopped being leader: they get an error response). */
    void completeAll() {
        completeWhere(r -> true);
        expiryTimer.cancel();
    }

    /** Drops everything without answering (the process restarted). */
    void reset() {
        parked.clear();
        expiryTimer.reset();
    }

    private void expireDue() {
        long nowMs = node.nowMs();
        List<Parked> due = new ArrayList<>();
        long nextDue = Long.MAX_VALUE;
        for (Iterator<Parked> it = parked.iterator(); it.hasNext(); ) {
            Parked p = it.next();
            if (p.expireAtMs() <= nowMs) {
                it.remove();
                due.add(p);
            } else {
                nextDue = Math.min(nextDue, p.expireAtMs());
            }
        }
        if (nextDue != Long.MAX_VALUE) {
            expiryTimer.setDue(nextDue);
        }
        for (Parked p : due) {
            answer.answer(p.from(), p.request(), true);
        }
    }
}
