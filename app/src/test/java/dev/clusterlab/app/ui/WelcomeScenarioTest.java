package dev.clusterlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.cluster.ClusterSetup;
import dev.clusterlab.cluster.ClusterSimulation;
import org.junit.jupiter.api.Test;

class WelcomeScenarioTest {

    @Test
    void isThePackagedSampleWithThreeBrokersAndTheCheckoutProducer() {
        ClusterSetup setup = WelcomeScenario.load().setup();

        assertThat(setup.name()).isEqualTo("Welcome to ClusterLab");
        assertThat(setup.brokers()).isEqualTo(3);
        assertThat(setup.controllers()).isEqualTo(3);
        assertThat(setup.coldStart()).isFalse();
        assertThat(setup.topics()).singleElement().satisfies(topic -> {
            assertThat(topic.topic()).isEqualTo("orders");
            assertThat(topic.partitions()).isEqualTo(6);
            assertThat(topic.replicationFactor()).isEqualTo(3);
        });
        assertThat(setup.producers()).singleElement().satisfies(producer -> {
            assertThat(producer.id()).isEqualTo("checkout");
            assertThat(producer.topic()).isEqualTo("orders");
            assertThat(producer.ratePerSec()).isEqualTo(100);
            assertThat(producer.keys()).isEqualTo(20);
        });
    }

    @Test
    void eachCallGivesAFreshSimulationAtTimeZero() {
        ClusterSimulation first = WelcomeScenario.create();
        first.runUntil(1_000);

        ClusterSimulation second = WelcomeScenario.create();

        assertThat(second).isNotSameAs(first);
        assertThat(second.nowMs()).isZero();
        assertThat(second.snapshot().scenarioName()).isEqualTo(WelcomeScenario.NAME);
        assertThat(second.snapshot().seed()).isEqualTo(42);
    }
}
