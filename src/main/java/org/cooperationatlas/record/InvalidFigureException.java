package org.cooperationatlas.record;

/** A figure refused for what Bean Validation cannot see alone: a metric or unit the atlas does not know, a part of a counted thing. */
public class InvalidFigureException extends RuntimeException {

    private final String messageKey;
    private final transient Object argument;

    InvalidFigureException(String messageKey, Object argument) {
        super(messageKey + ": " + argument);
        this.messageKey = messageKey;
        this.argument = argument;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object argument() {
        return argument;
    }
}
