package org.rogatory.treaty.citation;

/**
 * What checking a citation against the knowledge base found. The instructor's validator warns on an unverified
 * paragraph (it may be right, but Rogatory will not show it) and errors on a citation that points at nothing.
 */
public enum CitationOutcome {

    /** The article exists and the paragraph, if any, exists with a verified number. */
    VALID(Severity.OK),

    /** The paragraph exists in the knowledge base but its number is not verified; it is shown as the article. */
    UNVERIFIED_PARAGRAPH(Severity.WARNING),

    /** The article exists but the knowledge base has no such paragraph in it. */
    UNKNOWN_PARAGRAPH(Severity.ERROR),

    /** The Convention has no such article. */
    UNKNOWN_ARTICLE(Severity.ERROR),

    /** The text is not a citation at all. */
    MALFORMED(Severity.ERROR);

    /**
     * How serious an outcome is, for validators that map it to their own severities.
     */
    public enum Severity {
        /** Nothing to report. */
        OK,
        /** Allowed, but the author should know. */
        WARNING,
        /** Must be fixed. */
        ERROR
    }

    private final Severity severity;

    CitationOutcome(Severity severity) {
        this.severity = severity;
    }

    /**
     * How serious the outcome is.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }
}
