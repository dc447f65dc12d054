package org.rogatory.treaty;

/**
 * Thrown when the knowledge base data cannot be read or breaks a rule the API relies on. It names the file and, where
 * known, the line, because whoever edits {@code convention.xmi} after a check against the official text needs to find
 * the mistake at once.
 */
public class KnowledgeBaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    /**
     * Creates the exception.
     *
     * @param message the full message, already naming the file and line
     * @param source the file, as a path or URI
     * @param line the line number, or 0 when unknown
     * @param cause the underlying problem, or null
     */
    public KnowledgeBaseException(String message, String source, int line, Throwable cause) {
        super(message, cause);
        this.source = source;
        this.line = line;
    }

    /**
     * The file that is broken, so tools can open it.
     *
     * @return the file, as a path or URI
     */
    public String getSource() {
        return source;
    }

    /**
     * The line of the problem, so tools can jump to it.
     *
     * @return the line number, or 0 when unknown
     */
    public int getLine() {
        return line;
    }
}
