package org.cooperationatlas.peacekeeping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The missions the atlas knows, found by their acronym or another one, compared as {@link MissionAcronyms} says. */
final class KnownMissions {

    private final Map<String, Mission> byKey = new HashMap<>();

    KnownMissions(List<Mission> missions) {
        // A mission's own acronym wins over another's alias written the same way.
        missions.forEach(mission ->
                mission.getAliases().forEach(alias -> byKey.putIfAbsent(MissionAcronyms.key(alias), mission)));
        missions.forEach(mission -> byKey.put(MissionAcronyms.key(mission.getAcronym()), mission));
    }

    Optional<Mission> find(String written) {
        return written == null || written.isBlank()
                ? Optional.empty()
                : Optional.ofNullable(byKey.get(MissionAcronyms.key(written)));
    }
}
