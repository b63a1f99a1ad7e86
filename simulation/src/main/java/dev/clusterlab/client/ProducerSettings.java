package dev.clusterlab.client;

import dev.clusterlab.config.Config;
import dev.clusterlab.config.KafkaConfigs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The effective settings of one producer, after Kafka's post-processing rules (ProducerConfig and
 * KafkaProducer.configureDeliveryTimeout, 4.x): idempotence defaults to on and is silently turned
 * off when not set explicitly and acks is not all or retries is 0; an explicit conflict, or
 * max.in.flight above 5 with idempotence on, is a configuration error; delivery.timeout.ms below
 * linger.ms + request.timeout.ms is an error when set explicitly, otherwise it is raised.
 *
 * @param acks 0, 1 or -1 (all)
 */
public record ProducerSettings(short acks, long lingerMs, int batchSize, boolean idempotent, int retries,
                               int maxInFlight, int requestTimeoutMs, int deliveryTimeoutMs, long retryBackoffMs,
                               long retryBackoffMaxMs, long metadataMaxAgeMs, long maxBlockMs, long bufferMemory,
                               boolean ignoreKeys) {

    /** Kafka's MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION_FOR_IDEMPOTENCE. */
    public static final int MAX_IN_FLIGHT_FOR_IDEMPOTENCE = 5;

    /** The configuration errors of a producer config map (Kafka-like wording); empty when valid. */
    public static List<String> validate(Map<String, String> config) {
        List<String> errors = new ArrayList<>(KafkaConfigs.PRODUCER.validate(config));
        if (!errors.isEmpty()) {
            return errors;
        }
        Config c = KafkaConfigs.PRODUCER.parse(config);
        short acks = parseAcks(c.getString("acks"));
        boolean explicitIdempotence = config.containsKey("enable.idempotence");
        if (c.getBoolean("enable.idempotence")) {
            if (c.getInt("retries") == 0 && explicitIdempotence) {
                errors.add("Must set retries to non-zero when using the idempotent producer.");
            }
            if (acks != -1 && explicitIdempotence) {
                errors.add("Must set acks to all in order to use the idempotent producer. "
                        + "Otherwise we cannot guarantee idempotence.");
            }
            int inFlight = c.getInt("max.in.flight.requests.per.connection");
            if (inFlight > MAX_IN_FLIGHT_FOR_IDEMPOTENCE) {
                errors.add("To use the idempotent producer, max.in.flight.requests.per.connection must be set"
                        + " to at most 5. Current value is " + inFlight + ".");
            }
        }
        long lingerAndRequestTimeout = c.getLong("linger.ms") + c.getInt("request.timeout.ms");
        if (config.containsKey("delivery.timeout.ms") && c.getInt("delivery.timeout.ms") < lingerAndRequestTimeout) {
            errors.add("delivery.timeout.ms should be equal to or larger than linger.ms + request.timeout.ms");
        }
        return errors;
    }

    /** The effective settings; throws IllegalArgumentException with the errors of {@link #validate}. */
    public static ProducerSettings parse(Map<String, String> config) {
        List<String> errors = validate(config);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors));
        }
        Config c = KafkaConfigs.PRODUCER.parse(config);
        short acks = parseAcks(c.getString("acks"));
        int retries = c.getInt("retries");
        boolean idempotent = c.getBoolean("enable.idempotence") && acks == -1 && retries != 0;
        long lingerMs = c.getLong("linger.ms");
        int requestTimeoutMs = c.getInt("request.timeout.ms");
        int deliveryTimeoutMs = c.getInt("delivery.timeout.ms");
        long lingerAndRequestTimeout = Math.min(lingerMs + requestTimeoutMs, Integer.MAX_VALUE);
        if (deliveryTimeoutMs < lingerAndRequestTimeout) {
            deliveryTimeoutMs = (int) lingerAndRequestTimeout;
        }
        long backoff = c.getLong("retry.backoff.ms");
        // Kafka does not reject a maximum below the initial back-off: it then backs off retry.backoff.ms.
        long backoffMax = Math.max(backoff, c.getLong("retry.backoff.max.ms"));
        return new ProducerSettings(acks, lingerMs, c.getInt("batch.size"), idempotent, retries,
                c.getInt("max.in.flight.requests.per.connection"), requestTimeoutMs, deliveryTimeoutMs, backoff,
                backoffMax, c.getLong("metadata.max.age.ms"), c.getLong("max.block.ms"), c.getLong("buffer.memory"),
                c.getBoolean("partitioner.ignore.keys"));
    }

    /** acks as the report shows it: "all", "1" or "0". */
    public String acksName() {
        return acks == -1 ? "all" : Short.toString(acks);
    }

    private static short parseAcks(String acks) {
        return acks.trim().equalsIgnoreCase("all") ? -1 : Short.parseShort(acks.trim());
    }
}
