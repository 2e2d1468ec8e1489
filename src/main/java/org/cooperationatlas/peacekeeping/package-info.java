/**
 * The UN's peacekeeping operations since 1948 (reference data) and its monthly contribution statistics with their totals.
 * Imports write the lines and keep the totals in the same transaction; the API and the charts read them.
 */
package org.cooperationatlas.peacekeeping;
