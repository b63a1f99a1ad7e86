package dev.clusterlab.engine;

import java.util.Arrays;

/** A binary min-heap of events ordered by (timeMs, insertion sequence): ties run in the order scheduled. */
public final class EventQueue {
    private SimEvent[] heap = new SimEvent[1024];
    private int size;
    private long nextSeq;

    public void add(SimEvent event, long timeMs) {
        event.timeMs = timeMs;
        event.queueSeq = nextSeq++;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            SimEvent p = heap[parent];
            if (!before(event, p)) {
                break;
            }
            heap[i] = p;
            i = parent;
        }
        heap[i] = event;
    }

    public SimEvent peek() {
        return size == 0 ? null : heap[0];
    }

    public SimEvent poll() {
        if (size == 0) {
            return null;
        }
        SimEvent top = heap[0];
        SimEvent last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            int i = 0;
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                SimEvent c = heap[child];
                int right = child + 1;
                if (right < size && before(heap[right], c)) {
                    child = right;
                    c = heap[child];
                }
                if (!before(c, last)) {
                    break;
                }
                heap[i] = c;
                i = child;
            }
            heap[i] = last;
        }
        return top;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private static boolean before(SimEvent a, SimEvent b) {
        return a.timeMs < b.timeMs || (a.timeMs == b.timeMs && a.queueSeq < b.queueSeq);
    }
}
