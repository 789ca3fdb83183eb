/**
 * What an item is, decided in one place: {@link io.wirewatch.dedup.DecisionTopology}
 * ({@code wire.signatures -> wire.decisions + wire.story-items}) is the one ordered deciding task, since
 * {@code wire.signatures} has exactly one partition (checked at start). Its {@link io.wirewatch.dedup.Decider}
 * classifies versions ({@link io.wirewatch.dedup.VersionClassifier}), finds exact and near duplicates within the
 * dedup window ({@link io.wirewatch.dedup.DuplicateIndex}, {@link io.wirewatch.dedup.MinHasher}) and assigns the
 * story by the clustering of {@code stories}; its state lives in changelogged stores. The signatures it reads are
 * computed in the parallel parse stage by {@link io.wirewatch.dedup.Signer}. May use {@code model}, {@code text}
 * and {@code stories}.
 */
package io.wirewatch.dedup;
