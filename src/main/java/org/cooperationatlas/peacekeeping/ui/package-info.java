/**
 * Charts of peacekeeping personnel per month for the overview and a country's page, and the administrators' page
 * of missions. They read and write through {@code PeacekeepingService}, never the tables.
 */
package org.cooperationatlas.peacekeeping.ui;
