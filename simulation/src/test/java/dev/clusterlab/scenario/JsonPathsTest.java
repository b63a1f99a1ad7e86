package dev.clusterlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonPathsTest {
    @Test
    void plainNamesUseDotsAndConfigNamesBrackets() {
        assertThat(JsonPaths.member("$.timeline[2]", "broker")).isEqualTo("$.timeline[2].broker");
        assertThat(JsonPaths.member("$.cluster.config", "min.insync.replicas"))
                .isEqualTo("$.cluster.config['min.insync.replicas']");
        assertThat(JsonPaths.member("$", "it's")).isEqualTo("$['it\\'s']");
        assertThat(JsonPaths.element("$.topics", 3)).isEqualTo("$.topics[3]");
    }

    @Test
    void parentsWalkUpToTheRoot() {
        assertThat(JsonPaths.parent("$.cluster.config['min.insync.replicas']")).isEqualTo("$.cluster.config");
        assertThat(JsonPaths.parent("$.timeline[2].broker")).isEqualTo("$.timeline[2]");
        assertThat(JsonPaths.parent("$.timeline[2]")).isEqualTo("$.timeline");
        assertThat(JsonPaths.parent("$.timeline")).isEqualTo("$");
        assertThat(JsonPaths.parent("$")).isNull();
    }
}
