package org.cooperationatlas.importing;

import java.util.List;

/** A file that cannot be read as a table at all; the message key and arguments explain why to the reader. */
public class CsvFileException extends Exception {

    private final String messageKey;
    private final transient List<Object> arguments;

    CsvFileException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
