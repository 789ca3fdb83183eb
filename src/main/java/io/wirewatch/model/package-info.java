/**
 * The records on the pipeline's topics: {@link io.wirewatch.model.WireItem}, {@link io.wirewatch.model.SignedItem},
 * {@link io.wirewatch.model.Decision}, {@link io.wirewatch.model.DecidedItem}, {@link io.wirewatch.model.Story},
 * {@link io.wirewatch.model.Alert} (with its {@link io.wirewatch.model.AlertDetails}),
 * {@link io.wirewatch.model.AlertDelivery} and {@link io.wirewatch.model.UndeliveredAlert}. Here too are every
 * topic's name and serdes ({@link io.wirewatch.model.Topics}), the one JSON setup ({@link io.wirewatch.model.Json},
 * {@link io.wirewatch.model.JsonSerde}) and the size limits every record is held to
 * ({@link io.wirewatch.model.RecordLimits}). It uses no other wirewatch package and every other one may use it.
 * Wire text in these records is plain text: whoever shows it (a channel, the page) escapes it for its medium.
 */
package io.wirewatch.model;
