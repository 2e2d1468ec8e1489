package org.cooperationatlas.intake;

/** A country a sentence names, by name or by its people ("Italian police"), and where. */
record CountryMention(String iso2, int start, int end) {}
