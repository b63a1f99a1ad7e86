package dev.clusterlab.cluster;

import dev.clusterlab.check.ClusterEvents;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.MetadataRecord;
import dev.clusterlab.protocol.TopicPartition;
import java.util.ArrayList;
import java.util.List;

/** Fans the nodes' reports out to every listener (committed metadata first, then the checkers). */
final class ClusterEventBus implements ClusterEvents {
    private final List<ClusterEvents> listeners = new ArrayList<>();
    /** The listeners that care about high-watermark moves (thousands per simulated second). */
    private ClusterEvents[] hwListeners = new ClusterEvents[0];
    private int activations;

    void add(ClusterEvents listener) {
        listeners.add(listener);
        if (overrides(listener, "leaderHighWatermarkChanged", int.class, TopicPartition.class, int.class, long.class,
                long.class)) {
            hwListeners = java.util.Arrays.copyOf(hwListeners, hwListeners.length + 1);
            hwListeners[hwListeners.length - 1] = listener;
        }
    }

    private static boolean overrides(ClusterEvents listener, String method, Class<?>... parameters) {
        try {
            return listener.getClass().getMethod(method, parameters).getDeclaringClass() != ClusterEvents.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Controller activations after the first one. */
    int failovers() {
        return Math.max(0, activations - 1);
    }

    @Override
    public void becameLeader(int brokerId, TopicPartition tp, int leaderEpoch) {
        for (ClusterEvents l : listeners) {
            l.becameLeader(brokerId, tp, leaderEpoch);
        }
    }

    @Override
    public void leaderHighWatermarkChanged(int brokerId, TopicPartition tp, int leaderEpoch, long oldHw, long newHw) {
        for (ClusterEvents l : hwListeners) {
            l.leaderHighWatermarkChanged(brokerId, tp, leaderEpoch, oldHw, newHw);
        }
    }

    @Override
    public void truncated(int brokerId, TopicPartition tp, long newLogEndOffset, List<RecordBatch> removed) {
        for (ClusterEvents l : listeners) {
            l.truncated(brokerId, tp, newLogEndOffset, removed);
        }
    }

    @Override
    public void segmentsDeleted(int brokerId, TopicPartition tp, long newLogStartOffset, List<RecordBatch> removed) {
        for (ClusterEvents l : listeners) {
            l.segmentsDeleted(brokerId, tp, newLogStartOffset, removed);
        }
    }

    @Override
    public void diskWiped(int brokerId) {
        for (ClusterEvents l : listeners) {
            l.diskWiped(brokerId);
        }
    }

    @Override
    public void controllerActivated(int controllerId, int epoch) {
        activations++;
        for (ClusterEvents l : listeners) {
            l.controllerActivated(controllerId, epoch);
        }
    }

    @Override
    public void metadataCommitted(long offset, MetadataRecord record, MetadataImage image) {
        for (ClusterEvents l : listeners) {
            l.metadataCommitted(offset, record, image);
        }
    }
}
