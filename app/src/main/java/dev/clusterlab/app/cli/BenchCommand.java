package dev.clusterlab.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clusterlab.cluster.ClusterSimulation;
import dev.clusterlab.snapshot.ClusterSnapshot;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Set;

/**
 * {@code bench [--minutes N] [--seed N] [--brokers N] [--partitions N] [--rate N] [--producers N]}: runs the
 * standard workload and prints one JSON object with the engine's speed and memory.
 */
public final class BenchCommand {
    /** Heap is sampled between runUntil chunks of this much simulated time. */
    static final long SAMPLE_EVERY_MS = 1_000;

    private BenchCommand() {
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Options o = Options.parse("bench", args, 1, Set.of("--minutes", "--seed", "--brokers", "--partitions", "--rate",
                "--producers"));
        o.noPositional();
        BenchWorkload std = BenchWorkload.standard();
        BenchWorkload w = new BenchWorkload(o.longValue("--seed", std.seed(), Long.MIN_VALUE),
                Math.toIntExact(o.longValue("--brokers", (long) std.brokers(), 1)),
                Math.toIntExact(o.longValue("--partitions", (long) std.partitions(), 1)),
                o.doubleValue("--rate", std.totalRatePerSec()), o.doubleValue("--minutes", std.minutes()),
                Math.toIntExact(o.longValue("--producers", (long) std.producers(), 1)));
        if (w.brokers() > 1000 || w.partitions() > 100_000) {
            throw new UsageException("bench: at most 1000 brokers and 100000 partitions");
        }
        out.println(run(w).toString());
        return 0;
    }

    /** Runs the workload, measuring wall time around the engine and sampling the heap between chunks. */
    public static ObjectNode run(BenchWorkload w) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ClusterSimulation sim = new ClusterSimulation(w.setup());
        long endMs = w.simulatedMs();
        long heapMax = memory.getHeapMemoryUsage().getUsed();
        long wallNanos = 0;
        for (long t = Math.min(SAMPLE_EVERY_MS, endMs); ; t = Math.min(t + SAMPLE_EVERY_MS, endMs)) {
            long start = System.nanoTime();
            sim.runUntil(t);
            wallNanos += System.nanoTime() - start;
            heapMax = Math.max(heapMax, memory.getHeapMemoryUsage().getUsed());
            if (t >= endMs) {
                break;
            }
        }
        ClusterSnapshot s = sim.snapshot();
        double wallMsExact = wallNanos / 1e6;
        ObjectNode r = new ObjectMapper().createObjectNode();
        r.put("events", s.events());
        r.put("eventsPerSec", wallNanos == 0 ? 0 : Math.round(s.events() / (wallNanos / 1e9)));
        r.put("simulatedMs", s.nowMs());
        r.put("wallMs", Math.round(wallMsExact));
        r.put("speedup", wallMsExact == 0 ? 0 : Math.round(s.nowMs() / wallMsExact * 10) / 10.0);
        r.put("heapUsedMaxMb", Math.round(heapMax / (1024.0 * 1024.0) * 10) / 10.0);
        r.put("acked", s.records().acked());
        r.put("lostAcked", s.records().lostAcked());
        r.put("seed", w.seed());
        r.put("brokers", w.brokers());
        r.put("controllers", BenchWorkload.CONTROLLERS);
        r.put("partitions", w.partitions());
        r.put("ratePerSec", w.totalRatePerSec());
        return r;
    }
}
