/**
 * The e-mail channel: {@link io.wirewatch.channels.email.EmailChannel} sends one mail per alert or digest over
 * SMTP with Jakarta Mail (rejected addresses and failed logins are not retried, connection and transient SMTP
 * errors are); {@link io.wirewatch.channels.email.MailContent} writes the one-line subject and the plain-text and
 * HTML parts, HTML-escaping every piece of wire text; {@link io.wirewatch.channels.email.EmailConfig} holds the
 * SMTP settings. Built by the parent package's {@code ChannelFactory}; like all of {@code channels} it may use
 * only {@code model} and {@code text}.
 */
package io.wirewatch.channels.email;
