/**
 * The overview: headline tiles and charts over the records a filter selects.
 * It reads {@code statistics} and {@code peacekeeping}; it writes nothing.
 */
package org.cooperationatlas.dashboard;
