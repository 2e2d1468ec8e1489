package org.cooperationatlas.peacekeeping;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The personnel a reader asks about: police (individual officers and formed units) first, then the others. */
public enum PersonnelGroup {
    POLICE(EnumSet.of(PersonnelType.INDIVIDUAL_POLICE, PersonnelType.FORMED_POLICE_UNIT)),
    TROOPS(EnumSet.of(PersonnelType.TROOPS)),
    EXPERTS(EnumSet.of(PersonnelType.EXPERTS_ON_MISSION)),
    STAFF_OFFICERS(EnumSet.of(PersonnelType.STAFF_OFFICERS)),
    ALL(EnumSet.allOf(PersonnelType.class));

    private final Set<PersonnelType> types;

    PersonnelGroup(Set<PersonnelType> types) {
        this.types = types;
    }

    public Set<PersonnelType> types() {
        return types;
    }

    /** The type names as stored, for a query's parameter. */
    List<String> typeNames() {
        return types.stream().map(Enum::name).sorted().toList();
    }

    public String messageKey() {
        return "personnelGroup." + name();
    }
}
