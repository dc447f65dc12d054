package org.rogatory.engine.internal.journal;

/**
 * JSON that does not have the shape a journal record or a transcript needs, with the JSON path of the offending
 * value, so the message a person reads can point at it.
 */
public final class JsonShapeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong at the path. */
    public enum Problem {
        MALFORMED, MISSING, NOT_STRING, BLANK, NOT_WHOLE_NUMBER, NEGATIVE, NOT_OBJECT, NOT_ARRAY, UNKNOWN, NOT_TIME
    }

    private final String path;
    private final Problem problem;

    /** Records the problem at {@code path}; {@code detail} (may be null) is the parser's own explanation. */
    public JsonShapeException(String path, Problem problem, String detail) {
        super(detail == null ? problem + " " + path : detail); //$NON-NLS-1$
        this.path = path;
        this.problem = problem;
    }

    /** Returns the JSON path of the value, such as {@code $.actions[2].actionId}. */
    public String path() {
        return path;
    }

    /** Returns what is wrong there. */
    public Problem problem() {
        return problem;
    }
}
