/**
 * The Slack channel: {@link io.wirewatch.channels.slack.SlackChannel} posts Block Kit messages built by
 * {@link io.wirewatch.channels.slack.SlackBlocks} to an incoming webhook, every text verbatim mrkdwn with
 * {@code & < >} escaped so wire copy cannot ping or link. {@link io.wirewatch.channels.slack.SlackConfig} holds
 * the webhook URL (a secret) and its {@code checkUrl}, which the teams and webhook channels reuse. Built by the
 * parent package's {@code ChannelFactory}; like all of {@code channels} it may use only {@code model} and
 * {@code text}.
 */
package io.wirewatch.channels.slack;
