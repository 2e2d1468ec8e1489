/**
 * Reference data of countries and territories: ISO codes, UN regions, names in English and Chinese, aliases
 * that imports learn, and their shapes for the map.
 */
package org.cooperationatlas.country;
