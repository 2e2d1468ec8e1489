/**
 * The overview's and the map's figures: summary tables kept by every record write (a {@code RecordChanged} listener),
 * their rebuild, and the aggregates read from them or, for other filters, from the records.
 */
package org.cooperationatlas.statistics;
