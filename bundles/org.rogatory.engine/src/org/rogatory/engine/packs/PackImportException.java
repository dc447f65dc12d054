package org.rogatory.engine.packs;

import java.util.List;

/**
 * An archive was refused at import: hostile or damaged, from a newer Rogatory, or holding a pack with errors. Each
 * problem names the archive and the entry or file, says what is wrong and how to fix it. Nothing has been written.
 */
public final class PackImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /**
     * Creates the exception.
     *
     * @param message the summary: which archive, and that it was not imported
     * @param problems the problems, one line each
     */
    public PackImportException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** @return the problems, one line each, never empty */
    public List<String> problems() {
        return problems;
    }
}
