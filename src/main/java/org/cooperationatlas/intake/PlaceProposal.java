package org.cooperationatlas.intake;

/**
 * A place the article names for an activity: a city or site, the area it lies in if the atlas knows it, its
 * country, and whether some record already names it; a place no record names yet is proposed as a new one.
 */
public record PlaceProposal(String name, String locality, String countryIso2, boolean known) {}
