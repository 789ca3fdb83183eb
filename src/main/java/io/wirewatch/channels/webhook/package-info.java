/**
 * The generic webhook channel: {@link io.wirewatch.channels.webhook.WebhookChannel} POSTs the alert JSON as on
 * {@code wire.alerts} (a digest as an array) with a delivery id stable across retries, signed by
 * {@link io.wirewatch.channels.webhook.Signature} (HMAC-SHA256 over timestamp and body; {@code verify} is what a
 * receiver does). {@link io.wirewatch.channels.webhook.WebhookConfig} holds its {@code url} and {@code secret}
 * from {@code channels.yaml}. Built by the parent package's {@code ChannelFactory}; like all of {@code channels}
 * it may use only {@code model} and {@code text}.
 */
package io.wirewatch.channels.webhook;
