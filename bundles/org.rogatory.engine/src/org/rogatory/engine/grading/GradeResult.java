package org.rogatory.engine.grading;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One graded transcript: how many decisions were compliant, weaker or non-compliant, the points per rubric criterion,
 * the weighted total, how the session ended and what evidence was lost. It is what cohort analytics aggregate.
 */
public record GradeResult(String transcript, String scenarioId, String scenarioVersion, long seed, int decisions,
        int compliant, int weaker, int nonCompliant, Map<String, Integer> scores, double total, String endReason,
        List<String> evidenceLost) {

    /**
     * Copies the map and list so a result cannot change after grading. The scores keep the order they were given in (the
     * rubric's), so every run lists them alike.
     */
    public GradeResult {
        Map<String, Integer> copy = new LinkedHashMap<>(scores);
        copy.forEach((criterion, points) -> {
            Objects.requireNonNull(criterion, "criterion"); //$NON-NLS-1$
            Objects.requireNonNull(points, "points"); //$NON-NLS-1$
        });
        scores = Collections.unmodifiableMap(copy);
        evidenceLost = List.copyOf(evidenceLost);
    }
}
