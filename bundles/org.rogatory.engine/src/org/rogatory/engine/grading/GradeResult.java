package org.rogatory.engine.grading;

import java.util.List;
import java.util.Map;

/**
 * One graded transcript: how many decisions were compliant, weaker or non-compliant, the points per rubric criterion,
 * the weighted total, how the session ended and what evidence was lost. It is what cohort analytics aggregate.
 */
public record GradeResult(String transcript, String scenarioId, String scenarioVersion, long seed, int decisions,
        int compliant, int weaker, int nonCompliant, Map<String, Integer> scores, double total, String endReason,
        List<String> evidenceLost) {

    /** Copies the map and list so a result cannot change after grading. */
    public GradeResult {
        scores = Map.copyOf(scores);
        evidenceLost = List.copyOf(evidenceLost);
    }
}
