package org.cooperationatlas.statistics;

/** How many records involve one country, by role; {@code total} counts each record once. */
public record CountryInvolvement(String iso2, long asLead, long asPartner, long asPlace, long total) {

    public static CountryInvolvement none(String iso2) {
        return new CountryInvolvement(iso2, 0, 0, 0, 0);
    }
}
