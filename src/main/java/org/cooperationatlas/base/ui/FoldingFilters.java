package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * A view's filters under a "Filters" heading: open on a wide screen, folded away on a phone so that the data
 * comes first, unless a filter is in use and the reader should see it.
 */
public class FoldingFilters extends Composite<Details> {

    /** Narrower than this, in CSS pixels, counts as a phone. */
    public static final int NARROW_WIDTH = 640;

    private final SerializableSupplier<Boolean> anyInUse;

    public FoldingFilters(Component filters, SerializableSupplier<Boolean> anyInUse) {
        this.anyInUse = anyInUse;
        Details details = getContent();
        details.setSummaryText(getTranslation("records.filters"));
        details.add(filters);
        details.setOpened(true);
        details.setWidthFull();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().retrieveExtendedClientDetails(client -> {
            if (client.getWindowInnerWidth() < NARROW_WIDTH && !anyInUse.get()) {
                getContent().setOpened(false);
            }
        });
    }
}
