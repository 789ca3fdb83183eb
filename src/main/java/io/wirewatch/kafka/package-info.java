/**
 * Kafka plumbing with no pipeline logic: an in-JVM single-node KRaft broker for demo, replay, bench and tests
 * ({@link io.wirewatch.kafka.EmbeddedKafka}); creating missing topics ({@link io.wirewatch.kafka.TopicAdmin},
 * {@link io.wirewatch.kafka.TopicSpec}), failing fast on wrong partition counts ({@link
 * io.wirewatch.kafka.PartitionCheck}) and the readiness probe's topic check ({@link io.wirewatch.kafka.TopicPresence});
 * the exactly-once producer settings ({@link io.wirewatch.kafka.TransactionalProducers}: one request in flight);
 * {@link io.wirewatch.kafka.OversizeRecordHandler}, which dead-letters a record too large or unserialisable
 * instead of stopping the stream thread; and {@link io.wirewatch.kafka.BoundedStateMemory}, the RocksDB settings
 * every state store of the process shares (one bounded cache, compressed tables). May use only {@code model}
 * (it uses none today): topic names, specs and partition rules come from {@code app}.
 */
package io.wirewatch.kafka;
