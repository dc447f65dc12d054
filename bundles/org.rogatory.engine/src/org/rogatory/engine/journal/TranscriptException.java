package org.rogatory.engine.journal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A transcript file that cannot be read, with the JSON path of the first value at fault, so that a person (or a
 * grading script) knows exactly what to fix.
 */
public class TranscriptException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String jsonPath;

    /** Creates the exception for {@code jsonPath} in {@code file}, with the message a person reads. */
    public TranscriptException(Path file, String jsonPath, String message) {
        super(message);
        this.file = file;
        this.jsonPath = jsonPath;
    }

    /** Returns the transcript file. */
    public Path file() {
        return file;
    }

    /** Returns the JSON path of the value at fault, such as {@code $.actions[2].simulatedMinutes}. */
    public String jsonPath() {
        return jsonPath;
    }
}
