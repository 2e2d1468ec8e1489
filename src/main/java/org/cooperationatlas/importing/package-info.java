/**
 * Files in: CSV and spreadsheet tables of records or UN contribution statistics, mapped, checked and committed
 * whole, with a report of every problem line and what fixes it.
 */
package org.cooperationatlas.importing;
