package dev.clusterlab.engine;

import java.util.Arrays;

/**
 * A binary min-heap of events ordered by (timeMs, insertion sequence): ties run in the order
 * scheduled. The keys live in primitive arrays beside the events, so sifting compares numbers
 * without touching the event objects. Events know their heap position, so a cancelled timer
 * leaves the heap at once instead of lingering until its time.
 */
public final class EventQueue {
    private SimEvent[] heap = new SimEvent[1024];
    private long[] times = new long[1024];
    private long[] seqs = new long[1024];
    private int size;
    private long nextSeq;

    public void add(SimEvent event, long timeMs) {
        if (event.heapIndex >= 0) {
            throw new IllegalStateException("event already queued: " + event.type());
        }
        event.timeMs = timeMs;
        event.queueSeq = nextSeq++;
        event.queue = this;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
            times = Arrays.copyOf(times, size * 2);
            seqs = Arrays.copyOf(seqs, size * 2);
        }
        siftUp(size++, event, timeMs, event.queueSeq);
    }

    public SimEvent peek() {
        return size == 0 ? null : heap[0];
    }

    /** Time of the first event, or Long.MAX_VALUE when empty. */
    public long peekTimeMs() {
        return size == 0 ? Long.MAX_VALUE : times[0];
    }

    public SimEvent poll() {
        if (size == 0) {
            return null;
        }
        SimEvent top = heap[0];
        removeAt(0);
        return top;
    }

    /** Removes a queued event (no-op if it is not queued here). */
    public void remove(SimEvent event) {
        int i = event.heapIndex;
        if (i >= 0 && i < size && heap[i] == event) {
            removeAt(i);
        }
    }

    private void removeAt(int i) {
        heap[i].heapIndex = -1;
        int last = --size;
        SimEvent moved = heap[last];
        long movedTime = times[last];
        long movedSeq = seqs[last];
        heap[last] = null;
        if (i == last) {
            return;
        }
        siftDown(i, moved, movedTime, movedSeq);
        if (heap[i] == moved) {
            siftUp(i, moved, movedTime, movedSeq);
        }
    }

    private void siftUp(int i, SimEvent event, long time, long seq) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            long pt = times[parent];
            if (pt < time || (pt == time && seqs[parent] < seq)) {
                break;
            }
            place(i, heap[parent], pt, seqs[parent]);
            i = parent;
        }
        place(i, event, time, seq);
    }

    private void siftDown(int i, SimEvent event, long time, long seq) {
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && (times[right] < times[child]
                    || (times[right] == times[child] && seqs[right] < seqs[child]))) {
                child = right;
            }
            long ct = times[child];
            if (ct > time || (ct == time && seqs[child] > seq)) {
                break;
            }
            place(i, heap[child], ct, seqs[child]);
            i = child;
        }
        place(i, event, time, seq);
    }

    private void place(int i, SimEvent event, long time, long seq) {
        heap[i] = event;
        times[i] = time;
        seqs[i] = seq;
        event.heapIndex = i;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }
}
