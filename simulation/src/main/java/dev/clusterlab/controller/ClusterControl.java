package dev.clusterlab.controller;

import dev.clusterlab.metadata.BrokerRegistration;
import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.MetadataRecord;
import dev.clusterlab.metadata.MetadataRecord.BrokerRegistrationChangeRecord;
import dev.clusterlab.metadata.MetadataRecord.RegisterBrokerRecord;
import dev.clusterlab.protocol.BrokerHeartbeatRequest;
import dev.clusterlab.protocol.BrokerRegistrationRequest;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.protocol.Errors;

/**
 * Broker registration, heartbeats and fencing on the active controller (Kafka's
 * ClusterControlManager + BrokerHeartbeatManager.calculateNextBrokerState).
 */
final class ClusterControl {
    private final QuorumController controller;
    private final BrokerHeartbeatTracker tracker = new BrokerHeartbeatTracker();

    ClusterControl(QuorumController controller) {
        this.controller = controller;
    }

    BrokerHeartbeatTracker tracker() {
        return tracker;
    }

    private MetadataImage image() {
        return controller.image();
    }

    private long sessionTimeoutMs() {
        return controller.config().getLong("broker.session.timeout.ms");
    }

    /** On activation: every registered broker gets a fresh session starting now (Kafka's activate()). */
    void activate(long nowMs) {
        tracker.clear();
        for (BrokerRegistration b : image().brokers().values()) {
            tracker.touch(b.id(), nowMs, -1);
        }
    }

    /**
     * The outcome of a request: an error, or the reply to send once the records it wrote (up to
     * lastOffset, -1 if none) are committed.
     */
    record Outcome(Errors error, long lastOffset, long brokerEpoch, boolean fenced, boolean shutDown) {
    }

    Outcome register(BrokerRegistrationRequest r, long nowMs) {
        BrokerRegistration existing = image().broker(r.brokerId());
        // the same incarnation registering again (a lost response) amends its registration: a new epoch
        if (existing != null && !existing.fenced() && !existing.incarnationId().equals(r.incarnationId())
                && tracker.hasValidSession(r.brokerId(), nowMs, sessionTimeoutMs())) {
            return new Outcome(Errors.DUPLICATE_BROKER_REGISTRATION, -1, -1, true, false);
        }
        long last = -1;
        if (existing != null && !existing.fenced() && !existing.incarnationId().equals(r.incarnationId())) {
            last = controller.write(fenceRecords(existing));
        }
        long brokerEpoch = controller.nextOffset();
        last = controller.write(List.of(new RegisterBrokerRecord(r.brokerId(), brokerEpoch, r.incarnationId(), true)));
        boolean unclean = existing == null || (r.previousBrokerEpoch() != existing.brokerEpoch()
                && !existing.incarnationId().equals(r.incarnationId()));
        if (unclean) {
            last = Math.max(last, controller.write(controller.elrEnabled()
                    ? controller.replication().handleUncleanShutdown(r.brokerId())
                    : controller.replication().removeFromIsrs(r.brokerId())));
        }
        tracker.touch(r.brokerId(), nowMs, -1);
        return new Outcome(Errors.NONE, last, brokerEpoch, true, false);
    }

    Outcome heartbeat(BrokerHeartbeatRequest r, long nowMs) {
        BrokerRegistration reg = image().broker(r.brokerId());
        if (reg == null) {
            return new Outcome(Errors.BROKER_ID_NOT_REGISTERED, -1, -1, true, false);
        }
        if (reg.brokerEpoch() != r.brokerEpoch()) {
            return new Outcome(Errors.STALE_BROKER_EPOCH, -1, -1, true, false);
        }
        tracker.touch(r.brokerId(), nowMs, r.currentMetadataOffset());
        long last = -1;
        boolean fenced = reg.fenced();
        boolean shutDown = false;
        if (r.wantShutDown()) {
            if (fenced) {
                shutDown = true;
            } else {
                if (!reg.inControlledShutdown()) {
                    last = controller.write(List.of(
                            new BrokerRegistrationChangeRecord(reg.id(), reg.brokerEpoch(), null, true)));
                    last = Math.max(last, controller.write(controller.replication().removeFromIsrs(reg.id())));
                    controller.noteControlledShutdownOffset(reg.id(), last);
                }
                if (leadsNothing(reg.id()) && othersCaughtUp(reg.id())) {
                    last = Math.max(last, controller.write(fenceRecords(image().broker(reg.id()))));
                    shutDown = true;
                    fenced = true;
                }
            }
        } else if (fenced && !r.wantFence() && r.currentMetadataOffset() >= reg.brokerEpoch()) {
            last = controller.write(List.of(new BrokerRegistrationChangeRecord(reg.id(), reg.brokerEpoch(), false, null)));
            last = Math.max(last, controller.write(controller.replication().electLeaderless(reg.id())));
            fenced = false;
        }
        return new Outcome(Errors.NONE, last, reg.brokerEpoch(), fenced, shutDown);
    }

    private boolean leadsNothing(int brokerId) {
        boolean[] leads = {false};
        controller.replication().forEachPartition((t, p, reg) -> leads[0] |= reg.leader() == brokerId);
        return !leads[0];
    }

    private boolean othersCaughtUp(int brokerId) {
        long offset = controller.controlledShutdownOffset(brokerId);
        for (BrokerRegistration b : image().brokers().values()) {
            if (b.id() != brokerId && b.isActive() && tracker.metadataOffset(b.id()) < offset) {
                return false;
            }
        }
        return true;
    }

    /** Fencing a broker: its registration change plus the partition changes (Kafka's handleBrokerFenced). */
    List<MetadataRecord> fenceRecords(BrokerRegistration reg) {
        List<MetadataRecord> records = new ArrayList<>();
        records.add(new BrokerRegistrationChangeRecord(reg.id(), reg.brokerEpoch(), true, false));
        records.addAll(controller.replication().removeFromIsrs(reg.id()));
        return records;
    }

    /** The unfenced broker whose session expired first, if any (one per event, as Kafka). */
    BrokerRegistration firstExpired(long nowMs) {
        for (BrokerRegistration b : image().brokers().values()) {
            if (!b.fenced() && !tracker.hasValidSession(b.id(), nowMs, sessionTimeoutMs())) {
                return b;
            }
        }
        return null;
    }

    /** When the next session would expire (Long.MAX_VALUE if no broker is unfenced). */
    long nextExpiryMs() {
        long next = Long.MAX_VALUE;
        for (BrokerRegistration b : image().brokers().values()) {
            if (!b.fenced()) {
                next = Math.min(next, tracker.lastContactMs(b.id()) + sessionTimeoutMs() + 1);
            }
        }
        return next;
    }
}
