package org.cooperationatlas.statistics;

/** Records of one region. */
record RegionCount(String region, Long records) {}
