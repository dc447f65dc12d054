package org.rogatory.model.internal.io;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * A problem the loader finds itself, before or instead of EMF (a DOCTYPE, a foreign or newer format, an oversized
 * file). It is a {@link Resource.Diagnostic}, so it travels in {@link Resource#getErrors()} like EMF's own errors, and
 * it already carries the plain-English message and hint.
 */
public final class DocumentProblem extends Exception implements Resource.Diagnostic {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final int line;
    private final int column;
    private final String hint;

    /**
     * Creates the problem.
     *
     * @param location the URI of the file, as EMF's diagnostics give it
     * @param line the line, 0 for the whole file
     * @param column the column, 0 if unknown
     * @param message what is wrong
     * @param hint how to fix it
     */
    public DocumentProblem(String location, int line, int column, String message, String hint) {
        super(message);
        this.location = location;
        this.line = line;
        this.column = column;
        this.hint = hint;
    }

    /** Gives the file's URI. */
    @Override
    public String getLocation() {
        return location;
    }

    /** Gives the line, 0 for the whole file. */
    @Override
    public int getLine() {
        return line;
    }

    /** Gives the column, 0 if unknown. */
    @Override
    public int getColumn() {
        return column;
    }

    /**
     * Says how to fix the problem.
     *
     * @return the hint
     */
    public String getHint() {
        return hint;
    }
}
