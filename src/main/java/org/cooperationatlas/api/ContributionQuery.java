package org.cooperationatlas.api;

/** The parameters of {@code /api/contributions}: a contributing country, a mission, years and a page. */
record ContributionQuery(
        String country,
        String mission,

        @AtlasYear Integer from,

        @AtlasYear Integer to,

        Integer page,
        Integer size,
        String after)
        implements ListQuery {}
