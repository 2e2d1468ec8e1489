package org.cooperationatlas.record;

/** A place some record names: its name, the city or area it lies in if any, and its country. */
public record KnownPlace(String name, String locality, String countryIso2) {}
