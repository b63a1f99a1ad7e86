package dev.clusterlab.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.fault.Command;
import dev.clusterlab.snapshot.InvariantStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * acks=all, min.insync.replicas=2, RF 3: whatever single fault hits one node at a time (crash,
 * pause, isolation, power failure, controlled shutdown of a broker; crash or pause of a
 * controller), with time to recover in between, no acknowledged record is lost or duplicated and
 * every other invariant holds.
 */
class SingleFaultFuzzTest {

    @ParameterizedTest(name = "plan seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void oneFaultAtATimeLosesNothing(long seed) {
        String json = Json.acksAll("single faults", "", "400s").replace("\"seed\": 4", "\"seed\": " + seed);
        Harness h = Harness.json(json);
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> plan = new ArrayList<>();
        boolean powerFailures = false;
        long t = 5000;
        while (t < 330000) {
            int b = 1 + rnd.nextInt(3);
            String node = Integer.toString(b);
            String controller = Integer.toString(1000 + b);
            long dur = 3000 + rnd.nextInt(20000);
            int kind = rnd.nextInt(7);
            switch (kind) {
                case 0 -> fault(h, t, dur, new Command.CrashBroker(b), new Command.RestartBroker(b));
                case 1 -> fault(h, t, dur, new Command.PauseNode(node), new Command.ResumeNode(node));
                case 2 -> fault(h, t, dur, new Command.Isolate(node), new Command.HealNetwork());
                case 3 -> fault(h, t, dur, new Command.PowerFailBroker(b), new Command.RestartBroker(b));
                case 4 -> fault(h, t, dur, new Command.ShutdownBroker(b), new Command.RestartBroker(b));
                case 5 -> fault(h, t, dur, new Command.CrashController(controller),
                        new Command.RestartController(controller));
                default -> fault(h, t, dur, new Command.PauseNode(controller), new Command.ResumeNode(controller));
            }
            powerFailures |= kind == 3;
            plan.add(t + "ms kind " + kind + " node " + b + " for " + dur + "ms");
            t += dur + 25000 + rnd.nextInt(10000);
        }
        h.runToEnd();
        var snap = h.snapshot();
        String where = "seed " + seed + ", plan " + plan;
        assertThat(snap.records().lostAcked()).as(where).isZero();
        assertThat(snap.records().duplicated()).as(where).isZero();
        assertThat(snap.records().invisibleAcked()).as(where).isZero();
        assertThat(snap.records().acked()).as("the producer got through every fault: %s", where)
                .isGreaterThan(snap.producers().get(0).sent() * 9 / 10);
        for (InvariantStatus i : snap.invariants()) {
            // noAckedRecordLost judges a power-failed leader's own (shortened) log before the
            // controller elects another replica; see the report: it is checked only without power failures
            if (!i.name().equals("noAckedRecordLost") || !powerFailures) {
                assertThat(i.held()).as("%s: %s", i.detail(), where).isTrue();
            }
        }
        assertThat(h.isr()).as(where).containsExactlyInAnyOrder(1, 2, 3);
    }

    private static void fault(Harness h, long at, long durationMs, Command fault, Command repair) {
        h.at(at, fault);
        h.at(at + durationMs, repair);
    }
}
