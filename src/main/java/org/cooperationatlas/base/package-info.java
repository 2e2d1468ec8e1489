/**
 * What every feature builds on and that knows no feature: the layout and shared components, the chart, CSV,
 * dates and periods, the aggregate cache and i18n.
 */
package org.cooperationatlas.base;
