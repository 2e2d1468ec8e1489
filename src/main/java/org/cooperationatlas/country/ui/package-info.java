/**
 * Country reference pages for administrators (names and aliases) and the flag of a country.
 * The pages that explore the atlas by country live in {@code explore}.
 */
package org.cooperationatlas.country.ui;
