package org.cooperationatlas.importing;

import java.util.List;

/** Something wrong with one line of a file (line 0: the whole file), said by a message key and its arguments. */
public record ImportProblem(int line, String column, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem at(int line, String column, String messageKey, Object... arguments) {
        return new ImportProblem(line, column == null ? "" : column, messageKey, List.of(arguments));
    }
}
