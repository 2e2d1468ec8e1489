/**
 * The countries list with its world map, and a country's profile.
 * They read from {@code country}, {@code search}, {@code statistics}, {@code record} and {@code peacekeeping}.
 */
package org.cooperationatlas.explore.ui;
