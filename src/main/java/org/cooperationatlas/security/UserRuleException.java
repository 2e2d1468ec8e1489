package org.cooperationatlas.security;

/** A user-administration request that breaks a rule; the message key says which, for the reader. */
public class UserRuleException extends RuntimeException {

    private final String messageKey;

    public UserRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
