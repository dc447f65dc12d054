package org.rogatory.model.archive;

import org.rogatory.model.io.LoadProblem;

/**
 * Thrown when a pack archive is refused: it is damaged, hostile, or from a newer Rogatory. It carries one problem that
 * names the archive and, where one is at fault, the entry ({@code archive.rogpack!/pack/x.rogatory}), says what is wrong
 * and how to fix it. Nothing has been written when it is thrown.
 */
public class ArchiveException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient LoadProblem problem;

    /**
     * Creates the exception.
     *
     * @param problem what is wrong, where, and the fix
     */
    public ArchiveException(LoadProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    /**
     * Gives the problem, for a user interface that shows the message and the fix apart.
     *
     * @return the problem
     */
    public LoadProblem getProblem() {
        return problem;
    }
}
