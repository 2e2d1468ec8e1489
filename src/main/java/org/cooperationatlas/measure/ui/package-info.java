/**
 * The administrators' page of metrics and units, and how a figure is written for readers: the pieces every page
 * that shows figures uses.
 */
package org.cooperationatlas.measure.ui;
