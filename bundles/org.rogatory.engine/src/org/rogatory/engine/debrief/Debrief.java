package org.rogatory.engine.debrief;

import java.util.List;

import org.rogatory.engine.session.SessionEvent;
import org.rogatory.model.scenario.Verdict;

/**
 * What a trainee and an instructor look at after a case: every decision with its verdict, explanation and citations;
 * the timeline; evidence secured and lost; the score by criterion; and the path an expert would have taken. It holds
 * only values, so it renders the same way every time (replays must give byte-identical debriefs).
 */
public record Debrief(String scenarioId, String scenarioTitle, String endReason, int endedAt,
        List<DecisionEntry> decisions, List<SessionEvent> timeline, List<String> evidenceSecured,
        List<String> evidenceLost, List<CriterionScore> scores, double total, List<ReferenceEntry> referencePath) {

    /** Copies every list, so a debrief cannot change once built. */
    public Debrief {
        decisions = List.copyOf(decisions);
        timeline = List.copyOf(timeline);
        evidenceSecured = List.copyOf(evidenceSecured);
        evidenceLost = List.copyOf(evidenceLost);
        scores = List.copyOf(scores);
        referencePath = List.copyOf(referencePath);
    }

    /** One decision as the debrief shows it. */
    public record DecisionEntry(int sequence, int time, String actionId, String action, Verdict verdict,
            String explanation, List<String> citations, List<String> requestElements) {

        /** Copies the lists. */
        public DecisionEntry {
            citations = List.copyOf(citations);
            requestElements = List.copyOf(requestElements);
        }
    }

    /** Points earned on one rubric criterion, with the criterion's weight. */
    public record CriterionScore(String criterionId, String label, int weight, int points) {
    }

    /** One step of the expert's path: the action and why an expert takes it. */
    public record ReferenceEntry(String actionId, String action, String rationale) {
    }
}
