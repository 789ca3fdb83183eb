/**
 * How an item becomes a story, in one place: its features ({@link io.wirewatch.stories.TermProfiles}),
 * the online clustering that joins it to an open story or opens one and says why
 * ({@link io.wirewatch.stories.StoryClusterer}, run by the deciding task of {@code dedup}), and the story
 * stage ({@link io.wirewatch.stories.StoryTopology}: {@code wire.story-items -> wire.stories + wire.alerts})
 * that merges the item into its {@link io.wirewatch.model.Story} record ({@link io.wirewatch.stories.StoryMerger})
 * and runs the figure ledger and the alert rules of {@code alerts} on the story's state
 * ({@link io.wirewatch.stories.StoryState}). {@code dedup} owns versions and duplicates; {@code alerts} owns rules.
 */
package io.wirewatch.stories;
