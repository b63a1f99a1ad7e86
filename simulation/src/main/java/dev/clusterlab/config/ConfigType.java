package dev.clusterlab.config;

/** Value types of Kafka configs as the scenario gives them. */
public enum ConfigType {
    INT, LONG, DOUBLE, BOOLEAN, STRING
}
