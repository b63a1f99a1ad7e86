package dev.clusterlab.scenario;

import dev.clusterlab.fault.TimedCommand;
import java.util.List;

/**
 * A scenario file as read and validated, mirroring SCENARIO-FORMAT.md. Durations are normalised
 * to milliseconds (names ending in Ms), config values to Kafka's property text, and the timeline
 * to engine commands in time order (file order among equal times). seed is null when the file
 * gives none; lesson is null when it has none. Sections of features not built yet
 * (schemas, consumerGroups) must be empty and are not represented.
 */
public record Scenario(String name, String description, Long seed, ClusterSpec cluster, List<TopicSpec> topics,
                       List<ProducerSpec> producers, List<TimedCommand> timeline, long runForMs,
                       List<Expectation> expect, Lesson lesson) {

    public Scenario {
        topics = List.copyOf(topics);
        producers = List.copyOf(producers);
        timeline = List.copyOf(timeline);
        expect = List.copyOf(expect);
    }
}
