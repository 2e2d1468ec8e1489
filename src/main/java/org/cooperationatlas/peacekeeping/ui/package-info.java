/**
 * Charts of peacekeeping personnel per month, for the overview and a country's page.
 * They read {@code PeacekeepingService}, never the contribution tables.
 */
package org.cooperationatlas.peacekeeping.ui;
