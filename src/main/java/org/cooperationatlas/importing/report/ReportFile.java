package org.cooperationatlas.importing.report;

/**
 * A file given to the import as a UN report, under the name it is shown by (unique in its batch): the report
 * read from it, or the message key of why it could not be read.
 */
public record ReportFile(String fileName, UnReport report, String failureKey) {

    static ReportFile read(String fileName, UnReport report) {
        return new ReportFile(fileName, report, null);
    }

    static ReportFile failed(String fileName, String failureKey) {
        return new ReportFile(fileName, null, failureKey);
    }

    /** The same file under another name (the one it is shown by in its batch). */
    public ReportFile named(String name) {
        return new ReportFile(name, report, failureKey);
    }

    public boolean readable() {
        return report != null;
    }
}
