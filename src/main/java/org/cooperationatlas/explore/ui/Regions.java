package org.cooperationatlas.explore.ui;

import com.vaadin.flow.component.Component;

/** UN M49 region names in the reader's language; the stored names are the UN's English ones. */
final class Regions {

    private Regions() {}

    static String label(Component context, String region) {
        return region == null || region.isBlank()
                ? ""
                : context.getTranslation("region." + region.replaceAll("[^A-Za-z]", ""));
    }
}
