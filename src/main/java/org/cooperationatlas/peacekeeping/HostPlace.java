package org.cooperationatlas.peacekeeping;

import java.util.Locale;

/**
 * Where a mission serves, as a flow's end: its host country, or the territory it serves in (Western Sahara, Kosovo,
 * Abyei, the Golan) drawn at its first host country.
 *
 * @param iso2 the host country, or the first of them
 * @param territory the territory in English, or null when the mission serves the country itself
 */
public record HostPlace(String iso2, String territory, String territoryZh) {

    static HostPlace of(Mission mission) {
        String host = mission.getHostCountry() == null
                ? null
                : mission.getHostCountry().getIso2();
        return new HostPlace(host, mission.getTerritory(), mission.getTerritoryZh());
    }

    /** One key per place: the country's code, or the code and the territory. */
    public String key() {
        return territory == null ? String.valueOf(iso2) : iso2 + ":" + territory;
    }

    public boolean isTerritory() {
        return territory != null;
    }

    /** The territory's name in the language asked for, where the place is one. */
    public String territoryName(Locale locale) {
        return "zh".equals(locale.getLanguage()) && territoryZh != null ? territoryZh : territory;
    }
}
