package dev.clusterlab.engine;

import java.util.Arrays;

/**
 * A binary min-heap of events ordered by (timeMs, insertion sequence): ties run in the order
 * scheduled. Events know their heap position, so a cancelled timer leaves the heap at once
 * instead of lingering until its time (a cluster cancels tens of thousands of timeouts per
 * simulated second).
 */
public final class EventQueue {
    private SimEvent[] heap = new SimEvent[1024];
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
        }
        siftUp(size++, event);
    }

    public SimEvent peek() {
        return size == 0 ? null : heap[0];
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
        SimEvent removed = heap[i];
        removed.heapIndex = -1;
        SimEvent last = heap[--size];
        heap[size] = null;
        if (i == size) {
            return;
        }
        siftDown(i, last);
        if (heap[i] == last) {
            siftUp(i, last);
        }
    }

    private void siftUp(int i, SimEvent event) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            SimEvent p = heap[parent];
            if (!before(event, p)) {
                break;
            }
            heap[i] = p;
            p.heapIndex = i;
            i = parent;
        }
        heap[i] = event;
        event.heapIndex = i;
    }

    private void siftDown(int i, SimEvent event) {
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            SimEvent c = heap[child];
            int right = child + 1;
            if (right < size && before(heap[right], c)) {
                child = right;
                c = heap[child];
            }
            if (!before(c, event)) {
                break;
            }
            heap[i] = c;
            c.heapIndex = i;
            i = child;
        }
        heap[i] = event;
        event.heapIndex = i;
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
