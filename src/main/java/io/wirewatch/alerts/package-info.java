/**
 * Alert rules that run on a story's state, as pure classes free of Kafka: the escalation ladder
 * ({@code alerts.escalation}), desks' stored queries on Lucene Monitor ({@code alerts.watch}), and the
 * KILL, CORRECTION and HEADLINE_MISMATCH rules here. The story stage ({@code stories.StoryStage}) feeds
 * each new item with its decision status to these classes and turns what they return into {@link io.wirewatch.model.Alert}s.
 */
package io.wirewatch.alerts;
