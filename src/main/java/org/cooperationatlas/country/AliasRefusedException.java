package org.cooperationatlas.country;

/** An alias that cannot be added; the message key says why, for the reader. */
public class AliasRefusedException extends RuntimeException {

    AliasRefusedException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
