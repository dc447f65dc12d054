package org.rogatory.engine.validation;

/**
 * One thing wrong with a pack, as instructors and the command line see it: how bad, in which file, on which element,
 * and what to do. Errors stop a pack from being played; warnings do not.
 */
public record PackProblem(Severity severity, String file, String element, String message) {

    /** How bad a problem is. */
    public enum Severity {
        /** The pack cannot be played or would teach something wrong. */
        ERROR,
        /** The pack works, but something deserves the author's attention. */
        WARNING
    }

    /** The problem on one line: {@code file: element: SEVERITY: message}. */
    @Override
    public String toString() {
        return file + ": " + element + ": " + severity + ": " + message; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
