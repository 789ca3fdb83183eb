/**
 * Pure text helpers shared by the parsing and analysis stages: HTML to plain paragraphs
 * ({@link io.wirewatch.text.HtmlText}) and paragraph splitting and white-space collapsing
 * ({@link io.wirewatch.text.PlainText}), and runs of combining marks bounded so regexes stay linear
 * ({@link io.wirewatch.text.CombiningMarks}). No I/O, no Kafka.
 */
package io.wirewatch.text;
