package dev.clusterlab.check;

import dev.clusterlab.snapshot.InvariantStatus;

/**
 * One invariant checker. It watches what the cluster reports (ClusterEvents) and remembers the
 * first violation with the event that caused it.
 */
public abstract class Invariant implements ClusterEvents {
    private final String name;
    private final ViolationContext context;
    private InvariantStatus violation;

    protected Invariant(String name, ViolationContext context) {
        this.name = name;
        this.context = context;
    }

    public final String name() {
        return name;
    }

    public final boolean held() {
        return violation == null;
    }

    /** Records the first violation, naming scenario, seed and event number. */
    protected final void violated(String what) {
        if (violation != null) {
            return;
        }
        String detail = what + " (scenario '" + context.scenarioName() + "', seed " + context.seed() + ", event "
                + context.currentSeq() + " at t=" + context.nowMs() + "ms)";
        violation = new InvariantStatus(name, false, detail, context.currentSeq(), context.nowMs());
    }

    public final InvariantStatus status() {
        return violation != null ? violation : new InvariantStatus(name, true, "", -1, -1);
    }

    /** Where a violation happens: the scenario, the seed, the event being executed. */
    public interface ViolationContext {
        String scenarioName();

        long seed();

        long currentSeq();

        long nowMs();
    }
}
