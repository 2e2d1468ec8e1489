package org.cooperationatlas.importing;

import java.util.List;
import java.util.Optional;
import org.cooperationatlas.country.CountryNames;
import org.cooperationatlas.peacekeeping.PersonnelType;

/**
 * Reads personnel types and genders from the words the UN uses for them, in headers ("Formed Police Units
 * Female") and in cells ("Individual Police", "FPU", "Experts on Mission").
 */
final class PersonnelWords {

    private PersonnelWords() {}

    static Optional<PersonnelType> type(String text) {
        return PersonnelType.named(text);
    }

    /** The gender a cell says (a file with a row per gender): male, female, or total for all. */
    static Optional<Gender> genderOf(String cell) {
        String folded = CountryNames.fold(cell);
        if (List.of("female", "women", "woman", "f", "girls").contains(folded)) {
            return Optional.of(Gender.FEMALE);
        }
        if (List.of("male", "men", "man", "m", "boys").contains(folded)) {
            return Optional.of(Gender.MALE);
        }
        if (List.of("total", "all", "both", "both sexes", "t").contains(folded)) {
            return Optional.of(Gender.TOTAL);
        }
        return Optional.empty();
    }

    /** The gender a header names by a word of its own ("female" is not read as "male"); total where it names none. */
    static Gender gender(String header) {
        List<String> words = List.of(CountryNames.fold(header).split(" "));
        if (words.contains("female") || words.contains("women") || words.contains("f")) {
            return Gender.FEMALE;
        }
        if (words.contains("male") || words.contains("men") || words.contains("m")) {
            return Gender.MALE;
        }
        return Gender.TOTAL;
    }
}
