/**
 * The import page: upload to a temporary file, map the columns, dry run, fix problems, commit in the background.
 * It talks to {@code ImportService} only.
 */
package org.cooperationatlas.importing.ui;
