package org.cooperationatlas.peacekeeping;

import java.time.YearMonth;
import java.util.List;

/**
 * Where a country stands among a group of contributors in one month: 1 for the largest. Countries with equal
 * personnel share a rank; a country of the group that sent no one ranks after all that did.
 *
 * @param ranking the group's countries and their personnel, largest first
 */
public record ContributorRank(String iso2, YearMonth month, int rank, List<CountryPersonnel> ranking) {

    public record CountryPersonnel(String iso2, long personnel) {}
}
