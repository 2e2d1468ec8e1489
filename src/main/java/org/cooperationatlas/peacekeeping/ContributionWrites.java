package org.cooperationatlas.peacekeeping;

/** How many contribution lines a write created, changed and found already as given. */
public record ContributionWrites(int created, int updated, int unchanged) {}
