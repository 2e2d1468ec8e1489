/**
 * The source fields of the record form and the intake page: pick a known source or describe a new one.
 * Views talk to {@code SourceService}, never to its repository.
 */
package org.cooperationatlas.source.ui;
