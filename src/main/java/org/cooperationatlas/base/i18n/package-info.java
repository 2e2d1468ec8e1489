/**
 * Translations: the English and Simplified Chinese bundles served to Vaadin and to Bean Validation messages.
 * Every UI string goes through {@code getTranslation}.
 */
package org.cooperationatlas.base.i18n;
