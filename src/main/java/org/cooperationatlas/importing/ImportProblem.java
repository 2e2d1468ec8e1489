package org.cooperationatlas.importing;

import java.util.List;

/**
 * Something wrong with one line of a file (line 0: the whole file), said by a message key and its arguments, with
 * the people that line holds and so leaves out; or, as a note, something the import accepted but the reader
 * should know (a country recognised from a name its publisher cut short).
 */
public record ImportProblem(
        int line, String column, String messageKey, List<Object> arguments, boolean note, Long people) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem at(int line, String column, String messageKey, Object... arguments) {
        return new ImportProblem(line, column == null ? "" : column, messageKey, List.of(arguments), false, null);
    }

    static ImportProblem note(int line, String column, String messageKey, Object... arguments) {
        return new ImportProblem(line, column == null ? "" : column, messageKey, List.of(arguments), true, null);
    }

    ImportProblem withPeople(long count) {
        return new ImportProblem(line, column, messageKey, arguments, note, count);
    }

    /** The value a "treat this name as a country" fix would name, when the problem is an unknown country. */
    public String unknownCountry() {
        return "import.problem.unknownCountry".equals(messageKey) && !arguments.isEmpty()
                ? String.valueOf(arguments.get(0))
                : null;
    }
}
