package dev.clusterlab.scenarios;

import static dev.clusterlab.scenarios.Harness.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.protocol.TopicPartition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Admin operations at run time through the controller: configs, topics, reassignment. */
class AdminOperationsTest {

    @Test
    void raisingMinInsyncReplicasAboveTheIsrRefusesAcksAllWrites() {
        Harness h = Harness.json(Json.scenario("alter min isr", 3, "", "{ \"min.insync.replicas\": 1 }",
                "{ \"acks\": \"all\" }",
                """
                { "at": "5s", "action": "crashBroker", "broker": 3 },
                { "at": "30s", "action": "alterConfig", "topic": "t", "config": { "min.insync.replicas": 3 } },
                { "at": "60s", "action": "alterConfig", "topic": "t", "config": { "min.insync.replicas": 2 } }
                """, "80s"));
        AckTracker acks = new AckTracker();
        h.listen(acks);
        h.runUntil(29999);
        assertThat(h.isr()).containsExactly(1, 2);
        assertThat(acks.between(20000, 30000)).as("ISR 2 >= min ISR 1").isNotEmpty();
        long leo = h.leo(1);
        h.runUntil(31000);
        assertThat(h.errors("p", "NOT_ENOUGH_REPLICAS")).as("min.insync.replicas=3 took effect").isPositive();
        long leoAfterChange = h.leo(1);
        long frozenHw = h.hw(1);
        assertThat(leoAfterChange - leo).isLessThan(200);
        h.runUntil(59999);
        assertThat(acks.between(30100, 60000)).as("ISR 2 < min ISR 3: acks=all refused").isEmpty();
        assertThat(h.leo(1)).as("refused before append").isEqualTo(leoAfterChange);
        assertThat(h.leo(2)).as("broker 2 has everything").isEqualTo(leoAfterChange);
        assertThat(h.hw(1)).as("strict min ISR: a batch appended just before the change is never covered")
                .isEqualTo(frozenHw).isLessThan(leoAfterChange);
        assertThat(h.errors("p", "REQUEST_TIMED_OUT")).as("it waits in purgatory until request.timeout.ms").isZero();
        h.runUntil(61000);
        assertThat(h.errors("p", "REQUEST_TIMED_OUT")).isEqualTo(1);
        h.runToEnd();
        assertThat(acks.between(60000, 62000)).as("min ISR 2 again: writes flow").isNotEmpty();
        assertThat(h.snapshot().records().lostAcked()).isZero();
    }

    @Test
    void topicsCreatedAndDeletedAtRunTime() {
        Harness h = Harness.json(Json.acksAll("create and delete",
                """
                { "at": "5s", "action": "createTopic", "name": "u", "partitions": 3, "replicationFactor": 2 },
                { "at": "6s", "action": "createTopic", "name": "v", "partitions": 1, "replicationFactor": 2,
                  "assignment": [[3, 2]] },
                { "at": "20s", "action": "deleteTopic", "topic": "u" }
                """, "30s"));
        TopicPartition u0 = new TopicPartition("u", 0);
        TopicPartition v0 = new TopicPartition("v", 0);
        assertThat(h.committed(u0)).isNull();
        long createdAt = h.runUntilTrue("u created", 6000, () -> h.committed(u0) != null);
        assertThat(createdAt).isBetween(5000L, 5200L);
        h.runUntil(10000);
        for (int p = 0; p < 3; p++) {
            PartitionRegistration reg = h.committed(new TopicPartition("u", p));
            assertThat(reg.replicas()).hasSize(2).doesNotHaveDuplicates().allMatch(b -> b >= 1 && b <= 3);
            assertThat(reg.isr()).containsExactlyElementsOf(reg.replicas());
            assertThat(reg.leader()).isEqualTo(reg.replicas().get(0));
            for (int b : reg.replicas()) {
                assertThat(h.log(b, new TopicPartition("u", p))).as("broker %d hosts u-%d", b, p).isNotNull();
            }
        }
        assertThat(h.committed(v0).replicas()).containsExactly(3, 2);
        assertThat(h.committed(v0).leader()).isEqualTo(3);
        assertThat(h.log(1, v0)).isNull();

        long deletedAt = h.runUntilTrue("u deleted", 21000, () -> h.committed(u0) == null);
        assertThat(deletedAt).isBetween(20000L, 20200L);
        h.runToEnd();
        for (int b = 1; b <= 3; b++) {
            for (int p = 0; p < 3; p++) {
                assertThat(h.log(b, new TopicPartition("u", p))).as("broker %d removed u-%d", b, p).isNull();
            }
        }
        assertThat(h.committed(v0)).isNotNull();
        assertThat(h.snapshot().partitions()).extracting(ps -> ps.name()).containsExactly("t-0", "v-0");
        assertThat(h.snapshot().records().lostAcked()).isZero();
    }

    @Test
    void reassignmentAddsTheNewReplicaThenRemovesTheOldOne() {
        Harness h = Harness.json(Json.scenario("reassign", 4, "", "{ \"min.insync.replicas\": 2 }",
                "{ \"acks\": \"all\" }",
                """
                { "at": "10s", "action": "reassignPartition", "topic": "t", "partition": 0, "replicas": [2, 3, 4] },
                { "at": "40s", "action": "stopProducer", "producer": "p" }
                """, "50s"));
        AckTracker acks = new AckTracker();
        h.listen(acks);
        h.runUntil(9999);
        assertThat(h.log(4, T0)).isNull();
        long startedAt = h.runUntilTrue("reassignment starts", 11000, () -> !h.committed().addingReplicas().isEmpty());
        assertThat(h.committed().replicas()).containsExactly(2, 3, 4, 1);
        assertThat(h.committed().addingReplicas()).containsExactly(4);
        assertThat(h.committed().removingReplicas()).containsExactly(1);
        assertThat(h.leader()).as("broker 1 leads until the move completes").isEqualTo(1);

        long completedAt = h.runUntilTrue("reassignment completes", 40000, () -> h.committed().addingReplicas().isEmpty());
        assertThat(completedAt - startedAt).isLessThan(5000);
        assertThat(h.committed().replicas()).containsExactly(2, 3, 4);
        assertThat(h.isr()).containsExactlyInAnyOrder(2, 3, 4);
        assertThat(h.committed().removingReplicas()).isEmpty();
        assertThat(h.leader()).as("leadership left the removed replica").isEqualTo(2);
        assertThat(h.leo(4)).as("broker 4 caught up before joining").isPositive();

        h.runToEnd();
        List<String> leaderLog = Harness.describe(h.batches(2, T0));
        assertThat(Harness.describe(h.batches(4, T0))).as("data intact on the new replica").isEqualTo(leaderLog);
        assertThat(Harness.describe(h.batches(3, T0))).isEqualTo(leaderLog);
        assertThat(h.log(1, T0)).as("the old replica's log is deleted").isNull();
        for (AckTracker.Ack a : acks.acks) {
            assertThat(AckTracker.contained(a, h.batches(4, T0))).isTrue();
        }
        var snap = h.snapshot();
        assertThat(snap.records().lostAcked()).isZero();
        assertThat(snap.records().duplicated()).isZero();
        assertThat(snap.partitions().get(0).replicas()).containsExactly(2, 3, 4);
    }

    @Test
    void aReassignmentToADeadBrokerWaitsAndASecondOneIsRefused() {
        Harness h = Harness.json(Json.scenario("reassign to a dead broker", 4, "", "{ \"min.insync.replicas\": 2 }",
                "{ \"acks\": \"all\" }",
                """
                { "at": "2s", "action": "crashBroker", "broker": 4 },
                { "at": "20s", "action": "reassignPartition", "topic": "t", "partition": 0, "replicas": [1, 2, 4] },
                { "at": "25s", "action": "reassignPartition", "topic": "t", "partition": 0, "replicas": [1, 2, 3] },
                { "at": "40s", "action": "restartBroker", "broker": 4 }
                """, "70s"));
        List<String> refusals = new java.util.ArrayList<>();
        h.listen((long seq, dev.clusterlab.engine.SimEvent e) -> {
            if (e.type().equals("ActionRefused")) {
                java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
                e.describe(fields);
                refusals.add(e.timeMs() + " " + fields.get("reason"));
            }
        });
        h.runUntil(39999);
        assertThat(h.committed().addingReplicas()).as("broker 4 cannot catch up while down").containsExactly(4);
        assertThat(h.committed().removingReplicas()).containsExactly(3);
        assertThat(h.committed().replicas()).containsExactly(1, 2, 4, 3);
        assertThat(h.isr()).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(refusals).hasSize(1);
        assertThat(refusals.get(0)).startsWith("25000 REASSIGNMENT_IN_PROGRESS");

        long completedAt = h.runUntilTrue("reassignment completes", 70000, () -> h.committed().addingReplicas().isEmpty());
        assertThat(completedAt).isGreaterThan(40000);
        assertThat(h.committed().replicas()).containsExactly(1, 2, 4);
        assertThat(h.isr()).containsExactlyInAnyOrder(1, 2, 4);
        assertThat(h.leader()).isEqualTo(1);
        h.runToEnd();
        assertThat(h.log(3, T0)).isNull();
        assertThat(h.snapshot().records().lostAcked()).isZero();
    }
}
