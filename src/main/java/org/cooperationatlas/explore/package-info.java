/**
 * Pages that combine several features to explore the atlas by country: the countries list, the world map,
 * a country's profile with its records, timeline, figures and peacekeeping personnel.
 */
package org.cooperationatlas.explore;
