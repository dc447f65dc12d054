package org.rogatory.engine.grading;

import java.io.IOException;
import java.util.Optional;

/**
 * One transcript of a batch: its result, or why it could not be graded. A batch reports every transcript, in the order
 * it was given, so one unreadable file never hides the others.
 *
 * @param name the transcript's name, usually its file name
 * @param result the grade, or null when the transcript could not be graded
 * @param failure why it could not be read or replayed, or null when it was graded
 */
public record Graded(String name, GradeResult result, IOException failure) {

    /** The grade, if the transcript could be graded. */
    public Optional<GradeResult> grade() {
        return Optional.ofNullable(result);
    }
}
