/**
 * Pure text helpers shared by the parsing and analysis stages: HTML to plain paragraphs
 * ({@link io.wirewatch.text.HtmlText}) and paragraph splitting and white-space collapsing
 * ({@link io.wirewatch.text.PlainText}). No I/O, no Kafka.
 */
package io.wirewatch.text;
