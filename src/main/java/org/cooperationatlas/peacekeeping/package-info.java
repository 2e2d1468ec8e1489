/**
 * The UN's monthly peacekeeping contribution statistics: missions, contributions and their monthly totals.
 * Imports write the lines and keep the totals in the same transaction; the API and the charts read them.
 */
package org.cooperationatlas.peacekeeping;
