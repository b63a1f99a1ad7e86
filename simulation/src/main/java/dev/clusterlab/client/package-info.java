/**
 * The simulated Kafka producer client (KAFKA-SEMANTICS.md §3), as Kafka 4.4's KafkaProducer,
 * RecordAccumulator, Sender, BuiltInPartitioner, Metadata, NetworkClient and TransactionManager
 * (idempotent part) behave with the configs of KafkaConfigs.PRODUCER.
 *
 * <p>Wiring: {@code ProducerClient p = sim.register(new ProducerClient(sim, setup, brokerIds, pids,
 * ledger)); p.start();} — starting the node creates the KafkaProducer and the application starts
 * sending at setup.ratePerSec. A producer created stopped is started by {@code startProducing()}.
 * Broker nodes are found by {@code String.valueOf(brokerId)}; the producer speaks Metadata,
 * InitProducerId and Produce requests to them and reports every acknowledged batch to the
 * RecordLedger.
 *
 * <p>Roles: {@link dev.clusterlab.client.ProducerClient} (the process), ProducerApplication (the
 * thread calling send(), in ticks), ProducerInstance (one KafkaProducer from creation to close),
 * StickyKeyPartitioner, RecordAccumulator and ProducerBatch, BatchDrainer (ready and drain), Sender
 * and BatchCompletion (requests, retries, failures), ClientMetadata, ClientNetwork and
 * BrokerConnection (in-flight requests, request timeout), IdempotenceManager (producer id, epoch,
 * sequences).
 */
package dev.clusterlab.client;
