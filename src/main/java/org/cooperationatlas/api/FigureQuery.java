package org.cooperationatlas.api;

import org.cooperationatlas.base.domain.Metric;

/** The parameters of {@code /api/figures}: a metric, a country, and a page or the id of the figure before it. */
record FigureQuery(Metric metric, String country, Integer page, Integer size, String after) implements ListQuery {}
