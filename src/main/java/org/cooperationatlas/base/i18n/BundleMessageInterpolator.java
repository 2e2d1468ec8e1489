package org.cooperationatlas.base.i18n;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Lets Bean Validation messages ({@code {record.title.required}}) come from the UI's own bundles, so that a
 * field's error appears in the reader's language. Registered in META-INF/validation.xml.
 */
public class BundleMessageInterpolator extends ResourceBundleMessageInterpolator {

    public BundleMessageInterpolator() {
        super(new PlatformResourceBundleLocator(AtlasI18NProvider.BUNDLE));
    }
}
