/**
 * The intake page: paste or upload an article, review the proposed records and figures with their evidence,
 * and open one in the record form, filled.
 */
package org.cooperationatlas.intake.ui;
