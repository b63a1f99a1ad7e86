package dev.clusterlab.scenarios;

/** Small inline scenarios for the lifecycle tests: three brokers, three controllers, topic t-0 on [1,2,3]. */
final class Json {
    private Json() {
    }

    /**
     * A scenario. clusterExtra is inserted into "cluster" (for example {@code , "start": "cold"}),
     * producerConfig is the producer p's config object, timeline the entries of "timeline".
     */
    static String scenario(String name, int brokers, String clusterExtra, String topicConfig, String producerConfig,
                           String timeline, String runFor) {
        return """
                { "name": "%s", "seed": 4,
                  "cluster": { "brokers": %d, "controllers": 3 %s },
                  "topics": [ { "name": "t", "partitions": 1, "replicationFactor": 3, "assignment": [[1, 2, 3]],
                                "config": %s } ],
                  "producers": [ { "id": "p", "topic": "t", "ratePerSec": 100, "keys": 10, "config": %s } ],
                  "timeline": [ %s ],
                  "runFor": "%s",
                  "expect": [ { "invariant": "singleLeaderPerEpoch" } ]
                }
                """.formatted(name, brokers, clusterExtra, topicConfig, producerConfig, timeline, runFor);
    }

    static String acksAll(String name, String timeline, String runFor) {
        return scenario(name, 3, "", "{ \"min.insync.replicas\": 2 }", "{ \"acks\": \"all\" }", timeline, runFor);
    }
}
