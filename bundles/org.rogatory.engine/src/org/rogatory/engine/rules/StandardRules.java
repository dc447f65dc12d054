package org.rogatory.engine.rules;

import java.util.List;

import org.rogatory.engine.evaluation.Rule;
import org.rogatory.treaty.ConventionKnowledgeBase;

/** The rules the engine checks every decision against, in the order their findings are reported. */
public final class StandardRules {

    private StandardRules() {
    }

    /** Creates the standard rules over {@code knowledgeBase}. */
    public static List<Rule> create(ConventionKnowledgeBase knowledgeBase) {
        return List.of(new SovereigntyRule(knowledgeBase));
    }
}
