/**
 * The one chart component: Apache ECharts from its WebJar, driven from Java with a table of the same data.
 * Every chart and map of the atlas is an {@code EChart}.
 */
package org.cooperationatlas.base.ui.chart;
