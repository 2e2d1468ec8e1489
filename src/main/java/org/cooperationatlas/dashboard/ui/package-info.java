/**
 * The overview page, its tiles and its charts; a click on a chart opens the records behind it.
 * Every figure comes from {@code RecordStatistics} or {@code PeacekeepingService}.
 */
package org.cooperationatlas.dashboard.ui;
