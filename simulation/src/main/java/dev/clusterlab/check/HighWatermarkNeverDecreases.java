package dev.clusterlab.check;

import dev.clusterlab.protocol.TopicPartition;

/** A leader's high watermark never moves backwards while it stays leader in one epoch. */
public final class HighWatermarkNeverDecreases extends Invariant {
    public HighWatermarkNeverDecreases(ViolationContext context) {
        super("highWatermarkNeverDecreases", context);
    }

    @Override
    public void leaderHighWatermarkChanged(int brokerId, TopicPartition tp, int leaderEpoch, long oldHw, long newHw) {
        if (newHw < oldHw) {
            violated("leader " + brokerId + " of " + tp + " in epoch " + leaderEpoch + " moved its high watermark back from "
                    + oldHw + " to " + newHw);
        }
    }
}
