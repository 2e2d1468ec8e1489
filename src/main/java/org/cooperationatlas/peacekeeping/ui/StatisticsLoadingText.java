package org.cooperationatlas.peacekeeping.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.cooperationatlas.peacekeeping.StatisticsLoading;

/**
 * What a page says where the UN's statistics are missing: on a first start, while the statistics that come with
 * the atlas are being loaded, how far that has got (the page shows them when reloaded); otherwise its own words.
 */
public final class StatisticsLoadingText {

    private StatisticsLoadingText() {}

    public static String or(Component context, Optional<StatisticsLoading> loading, String key) {
        return loading.map(progress ->
                        context.getTranslation("peacekeeping.loading", progress.loaded(), progress.toLoad()))
                .orElseGet(() -> context.getTranslation(key));
    }
}
