/**
 * Metrics and units as reference data: what figures measure and what they count or are stated in, with their names
 * in English and Chinese, extended and renamed by administrators, with their history.
 */
package org.cooperationatlas.measure;
