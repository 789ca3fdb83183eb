/**
 * The console channel: {@link io.wirewatch.channels.console.ConsoleChannel} prints each alert as one line (a
 * digest as a header and indented lines) for the demo and for logs, with control characters from the wire
 * replaced so copy cannot move the cursor or recolour the terminal. Built by the parent package's
 * {@code ChannelFactory}; like all of {@code channels} it may use only {@code model} and {@code text}.
 */
package io.wirewatch.channels.console;
