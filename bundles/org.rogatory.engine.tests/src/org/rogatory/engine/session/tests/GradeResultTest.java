package org.rogatory.engine.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.grading.GradeResult;

/** A grade lists its scores in the order the grader gave them (the rubric's), in every run, and cannot change. */
class GradeResultTest {

    @Test
    void scoresKeepTheirOrderAndCannotChange() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String criterion : List.of("timeliness", "legality", "channel", "contents", "safeguards", "evidence")) {
            scores.put(criterion, criterion.length());
        }
        GradeResult result = new GradeResult("t.json", "case", "1.0", 7, 3, 1, 1, 1, scores, 2.5, "COMPLETED",
                List.of());
        scores.put("later", 1);

        assertEquals(List.of("timeliness", "legality", "channel", "contents", "safeguards", "evidence"),
                List.copyOf(result.scores().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> result.scores().put("x", 1));
    }

    @Test
    void aScoreWithoutCriterionOrPointsIsRefused() {
        Map<String, Integer> noCriterion = new HashMap<>();
        noCriterion.put(null, 1);
        Map<String, Integer> noPoints = new HashMap<>();
        noPoints.put("legality", null);
        for (Map<String, Integer> scores : List.of(noCriterion, noPoints)) {
            assertThrows(NullPointerException.class, () -> new GradeResult("t.json", "case", "1.0", 7, 0, 0, 0, 0,
                    scores, 0, "COMPLETED", List.of()));
        }
    }
}
