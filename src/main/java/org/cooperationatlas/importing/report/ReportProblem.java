package org.cooperationatlas.importing.report;

import java.util.List;

/**
 * Something a UN report's check found, on its page (0: the whole report), said by a message key and its
 * arguments, with the people it concerns. A problem keeps the report from being imported until the administrator
 * confirms it (or, for a country the atlas does not know, says which country the name is); a note only informs.
 * The key names the problem the same way in every check of the same report, so that a confirmation holds when the
 * report is checked again.
 */
public record ReportProblem(
        String key, int page, String messageKey, List<Object> arguments, boolean note, long people) {

    public ReportProblem {
        arguments = List.copyOf(arguments);
    }

    static ReportProblem problem(String key, int page, long people, String messageKey, Object... arguments) {
        return new ReportProblem(key, page, messageKey, List.of(arguments), false, people);
    }

    static ReportProblem note(String key, int page, String messageKey, Object... arguments) {
        return new ReportProblem(key, page, messageKey, List.of(arguments), true, 0);
    }

    /** The name a "treat this name as a country" fix would name, when the problem is a name the atlas lacks. */
    public String unknownCountry() {
        return "import.report.unknownCountry".equals(messageKey) || "import.report.ambiguousCountry".equals(messageKey)
                ? String.valueOf(arguments.get(0))
                : null;
    }
}
