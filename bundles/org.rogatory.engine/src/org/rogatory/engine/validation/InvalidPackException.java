package org.rogatory.engine.validation;

import java.util.List;

/** A pack with errors was asked to run; the problems say what to fix, in which file and on which element. */
public final class InvalidPackException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<PackProblem> problems;

    /** Creates the exception for the pack's error-level {@code problems}. */
    public InvalidPackException(String message, List<PackProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** The errors that stop the pack from running. */
    public List<PackProblem> problems() {
        return problems;
    }
}
