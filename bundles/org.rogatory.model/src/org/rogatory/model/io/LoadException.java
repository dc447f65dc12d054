package org.rogatory.model.io;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

/**
 * Thrown when a pack or scenario cannot be used. It is checked so that every caller (engine, command line, workbench)
 * has to decide how to show the problems; it lists all problems found, not just the first, so an author can fix them in
 * one pass.
 */
public class LoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<LoadProblem> problems;

    /**
     * Creates the exception for the problems found.
     *
     * @param problems the problems, at least one, in file and line order
     */
    public LoadException(List<LoadProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Gives the problems one by one, so a user interface can list them or jump to a line.
     *
     * @return the problems, never empty
     */
    public List<LoadProblem> getProblems() {
        return problems;
    }

    private static String describe(List<LoadProblem> problems) {
        String lines = problems.stream().map(LoadProblem::toString).collect(Collectors.joining(System.lineSeparator()));
        return NLS.bind(Messages.LoadException_summary, Integer.toString(problems.size()), lines);
    }
}
