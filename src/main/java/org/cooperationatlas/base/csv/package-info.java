/**
 * CSV written by Commons CSV: a UTF-8 table with its header, neutralised against spreadsheet formulas.
 * The UI's downloads and the API's CSV answers both write through it.
 */
package org.cooperationatlas.base.csv;
