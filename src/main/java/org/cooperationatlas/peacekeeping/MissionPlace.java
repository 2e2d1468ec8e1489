package org.cooperationatlas.peacekeeping;

import java.util.Set;
import java.util.stream.Collectors;
import org.cooperationatlas.country.Country;

/** A mission as the flows see it: its acronym, the place its flows end in, and every country it served in. */
record MissionPlace(long id, String acronym, HostPlace place, Set<String> hosts) {

    static MissionPlace of(Mission mission) {
        return new MissionPlace(
                mission.getId(),
                mission.getAcronym(),
                HostPlace.of(mission),
                mission.getHosts().stream().map(Country::getIso2).collect(Collectors.toUnmodifiableSet()));
    }
}
