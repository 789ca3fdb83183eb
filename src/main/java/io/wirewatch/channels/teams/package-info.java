/**
 * The Microsoft Teams channel: {@link io.wirewatch.channels.teams.TeamsChannel} posts to a Teams workflow
 * webhook one Adaptive Card built by {@link io.wirewatch.channels.teams.AdaptiveCards}, showing what the Slack
 * message shows; wire text is Markdown-escaped and no mention is ever sent. {@link
 * io.wirewatch.channels.teams.TeamsConfig} holds the workflow URL (a secret). Built by the parent package's
 * {@code ChannelFactory}; like all of {@code channels} it may use only {@code model} and {@code text}.
 */
package io.wirewatch.channels.teams;
