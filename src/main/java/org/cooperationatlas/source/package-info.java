/**
 * The sources a figure is tied to (articles, reports, datasets) and the service that finds and saves them.
 * An editor picks or creates a source in the record form; the overview names the sources behind its charts.
 */
package org.cooperationatlas.source;
