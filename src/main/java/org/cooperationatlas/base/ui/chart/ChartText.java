package org.cooperationatlas.base.ui.chart;

/**
 * Text placed in a chart's option where ECharts reads it as a template or as HTML (labels, tooltips): markup is
 * escaped and template braces are taken out, so that a name is shown as written and never run.
 */
public final class ChartText {

    private ChartText() {}

    public static String plain(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("{", "")
                .replace("}", "");
    }
}
