/**
 * Who changed what and when: the revision entity Hibernate Envers writes with every change.
 * Read through a record's history ({@code record.RecordHistory}); it depends on no other feature.
 */
package org.cooperationatlas.history;
