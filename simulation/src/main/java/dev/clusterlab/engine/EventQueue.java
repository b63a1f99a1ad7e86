package dev.clusterlab.engine;

import java.util.Arrays;

/**
 * A binary min-heap of events ordered by (timeMs, insertion sequence): ties run in the order
 * scheduled. The keys live in primitive arrays beside the events, so sifting compares and moves
 * numbers and references without touching the event objects.
 */
public final class EventQueue {
    private SimEvent[] heap = new SimEvent[1024];
    private long[] times = new long[1024];
    private long[] seqs = new long[1024];
    private int size;
    private long nextSeq;

    public void add(SimEvent event, long timeMs) {
        event.timeMs = timeMs;
        event.queueSeq = nextSeq++;
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
        int last = --size;
        SimEvent moved = heap[last];
        long movedTime = times[last];
        long movedSeq = seqs[last];
        heap[last] = null;
        if (last > 0) {
            siftDown(0, moved, movedTime, movedSeq);
        }
        return top;
    }

    private void siftUp(int i, SimEvent event, long time, long seq) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            long pt = times[parent];
            if (pt < time || (pt == time && seqs[parent] < seq)) {
                break;
            }
            heap[i] = heap[parent];
            times[i] = pt;
            seqs[i] = seqs[parent];
            i = parent;
        }
        heap[i] = event;
        times[i] = time;
        seqs[i] = seq;
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
            heap[i] = heap[child];
            times[i] = ct;
            seqs[i] = seqs[child];
            i = child;
        }
        heap[i] = event;
        times[i] = time;
        seqs[i] = seq;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }
}
