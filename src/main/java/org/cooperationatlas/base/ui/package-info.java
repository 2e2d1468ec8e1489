/**
 * The main layout, error pages, notifications and components shared by the views of every feature.
 * Nothing here names a feature: navigation comes from the views' own menu annotations.
 */
package org.cooperationatlas.base.ui;
