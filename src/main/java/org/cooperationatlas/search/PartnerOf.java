package org.cooperationatlas.search;

import org.cooperationatlas.country.Country;

/** A partner country of a record. */
record PartnerOf(long recordId, Country partner) {}
