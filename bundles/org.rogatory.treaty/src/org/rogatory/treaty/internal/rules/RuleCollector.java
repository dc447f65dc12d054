package org.rogatory.treaty.internal.rules;

import java.util.List;

import org.rogatory.model.scenario.State;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.rules.ApplicableRule;

/**
 * Runs the rule builders in the order the rules are listed: prohibition, treaty basis, scope and dual criminality,
 * facts, channels, request contents, refusal grounds, extradition specifics.
 */
public final class RuleCollector {

    private final RuleContext context;

    /**
     * Prepares the rules for one instrument between two States.
     *
     * @param knowledgeBase the knowledge base
     * @param instrument the instrument
     * @param requesting the requesting State
     * @param requested the requested State, or null for a domestic instrument
     */
    public RuleCollector(ConventionKnowledgeBase knowledgeBase, InstrumentEntry instrument, State requesting,
            State requested) {
        this.context = new RuleContext(knowledgeBase, instrument, requesting, requested);
    }

    /**
     * Builds the rules.
     *
     * @return the rules, in order
     */
    public List<ApplicableRule> collect() {
        ProhibitionRules.add(context);
        StatusRules.add(context);
        ScopeRules.add(context);
        FactRules.add(context);
        ChannelRules.add(context);
        ContentRules.add(context);
        RefusalRules.add(context);
        ExtraditionRules.add(context);
        return context.rules();
    }
}
