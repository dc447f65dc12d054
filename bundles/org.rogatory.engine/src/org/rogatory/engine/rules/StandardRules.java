package org.rogatory.engine.rules;

import java.util.List;

import org.rogatory.engine.evaluation.Rule;
import org.rogatory.treaty.ConventionKnowledgeBase;

/**
 * The rules the engine checks every decision against, in the order their findings are reported: first whether the
 * act is allowed at all (sovereignty) and on what legal basis, then what the Convention covers, then how the request
 * is made (dual criminality, channel, contents), then the requested side's answers, and last rights and time.
 */
public final class StandardRules {

    private StandardRules() {
    }

    /** Creates the standard rules over {@code knowledgeBase}. */
    public static List<Rule> create(ConventionKnowledgeBase knowledgeBase) {
        return List.of(new SovereigntyRule(knowledgeBase), new TreatyBasisRule(knowledgeBase),
                new ScopeRule(knowledgeBase), new DualCriminalityRule(knowledgeBase), new ChannelRule(knowledgeBase),
                new RequestContentsRule(knowledgeBase), new RefusalGroundsRule(knowledgeBase),
                new ExtraditionRule(knowledgeBase), new SafeguardsRule(knowledgeBase), new DataProtectionRule(knowledgeBase),
                new TimelinessRule(knowledgeBase));
    }
}
