package org.cooperationatlas.importing.report;

/** A file that cannot be read as a report of the UN's statistics; the message key says why. */
public final class ReportException extends Exception {

    private final transient Object[] arguments;

    public ReportException(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
