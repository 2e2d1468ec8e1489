/**
 * The record of a cooperation with its figures, places and sources: entities, validation, the CRUD service, its
 * history, and the one write path that publishes {@code RecordChanged} for the tables derived from records.
 */
package org.cooperationatlas.record;
