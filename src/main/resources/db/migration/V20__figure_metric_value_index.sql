-- Whether a figure an article states is already in the atlas is one range of this index: the figures of one
-- metric and value, a handful at most, instead of every figure of the metric.
create index ix_figure_metric_amount on figure (metric, amount);
drop index ix_figure_metric;
