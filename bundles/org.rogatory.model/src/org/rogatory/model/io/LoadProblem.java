package org.rogatory.model.io;

import org.eclipse.osgi.util.NLS;

/**
 * One thing wrong with a pack file, said so that the author can fix it without knowing EMF or XML parsers: where it is,
 * what is wrong and what to do.
 *
 * @param file where a person finds the file (a path on disk, or a bundle location)
 * @param line the line, counted from 1; 0 when the problem concerns the whole file
 * @param column the column, counted from 1; 0 when unknown
 * @param message what is wrong, in plain English
 * @param hint how to fix it
 */
public record LoadProblem(String file, int line, int column, String message, String hint) {

    /**
     * Formats the problem the way compilers do ({@code file:line:column: message}), so terminals and IDEs can link it.
     *
     * @return the problem on one line, followed by its hint
     */
    @Override
    public String toString() {
        if (line <= 0) {
            return NLS.bind(Messages.LoadProblem_withoutLine, new Object[] { file, message, hint });
        }
        return NLS.bind(Messages.LoadProblem_withLine,
                new Object[] { file, Integer.toString(line), Integer.toString(Math.max(column, 1)), message, hint });
    }
}
