package org.cooperationatlas.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.cooperationatlas.record.RecordFilter;

/** The parameters of {@code /api/contributions}: a contributing country, a mission, years and a page. */
record ContributionQuery(
        String country,
        String mission,

        @Min(value = RecordFilter.FIRST_YEAR, message = ApiProblems.TAKES_A_YEAR)
        @Max(value = RecordFilter.LAST_YEAR, message = ApiProblems.TAKES_A_YEAR)
        Integer from,

        @Min(value = RecordFilter.FIRST_YEAR, message = ApiProblems.TAKES_A_YEAR)
        @Max(value = RecordFilter.LAST_YEAR, message = ApiProblems.TAKES_A_YEAR)
        Integer to,

        Integer page,
        Integer size,
        String after)
        implements ListQuery {}
