/**
 * The UN's monthly reports of uniformed personnel in: each PDF read by where its words stand, in every layout the
 * UN has used since 2015, held against the totals it prints, and written as whole months.
 */
package org.cooperationatlas.importing.report;
