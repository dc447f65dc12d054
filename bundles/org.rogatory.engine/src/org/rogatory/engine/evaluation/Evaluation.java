package org.rogatory.engine.evaluation;

import java.util.List;
import java.util.Map;

import org.rogatory.model.scenario.Verdict;

/**
 * The engine's judgement of one decision: the verdict, the rules that decided it, the citations that back it (already
 * formatted: a paragraph only where verified), a plain-language explanation, and the score change per rubric criterion
 * (criterion id to points).
 */
public record Evaluation(Verdict verdict, List<Finding> findings, List<String> citations, String explanation,
        Map<String, Integer> scoreDeltas) {

    /** Copies the lists and map so that an evaluation, once made, cannot change under the debrief. */
    public Evaluation {
        findings = List.copyOf(findings);
        citations = List.copyOf(citations);
        scoreDeltas = Map.copyOf(scoreDeltas);
    }

    /**
     * A rule that took part in the verdict: its id, the rubric criterion it bears on (for example {@code legality}),
     * how the decision fared against it, why, and the citations that back it.
     */
    public record Finding(String ruleId, String criterion, Outcome outcome, String explanation, List<String> citations) {

        /** Copies the citations so a finding cannot change after it was made. */
        public Finding {
            citations = List.copyOf(citations);
        }
    }

    /** How a decision fared against one rule. */
    public enum Outcome {
        /** The decision meets the rule. */
        MET,
        /** The decision is lawful, but a better option was available (a faster channel, a fuller request). */
        WEAKER,
        /** The decision breaks the rule. */
        BREACHED
    }
}
