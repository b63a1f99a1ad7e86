package dev.clusterlab.cluster;

/**
 * Hands out producer ids, cluster-wide. Brokers use it to answer InitProducerId (Kafka's
 * controller allocates id blocks to brokers; here one counter stands for that), and a
 * non-idempotent producer takes one too, only so that its records can be identified for the
 * report (it sends it with idempotent=false, so brokers do no sequence checks).
 */
public final class ProducerIdAllocator {
    private long next;

    public long allocate() {
        return next++;
    }
}
