package org.rogatory.treaty.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rogatory.model.scenario.State;
import org.rogatory.treaty.Citation;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.DeclarationTopicEntry;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.model.InstrumentKind;
import org.rogatory.treaty.model.InstrumentLevel;
import org.rogatory.treaty.model.VerificationStatus;
import org.rogatory.treaty.rules.ApplicableRule;
import org.rogatory.treaty.rules.RuleEffect;
import org.rogatory.treaty.rules.RuleKind;

/**
 * What every rule builder needs: the knowledge base, the instrument, the two States, and the list the rules go into.
 */
final class RuleContext {

    final ConventionKnowledgeBase knowledgeBase;
    final InstrumentEntry instrument;
    final State requesting;
    final State requested;
    private final List<ApplicableRule> rules = new ArrayList<>();

    RuleContext(ConventionKnowledgeBase knowledgeBase, InstrumentEntry instrument, State requesting,
            State requested) {
        this.knowledgeBase = knowledgeBase;
        this.instrument = instrument;
        this.requesting = requesting;
        this.requested = requested;
    }

    String requestingName() {
        return StateProfile.name(requesting, Messages.State_requesting);
    }

    String requestedName() {
        return StateProfile.name(requested, Messages.State_requested);
    }

    /** Whether the instrument is a Convention measure used between two States, which needs a treaty basis. */
    boolean isInternationalMeasure() {
        return requested != null && instrument.level() == InstrumentLevel.INTERNATIONAL
                && instrument.kind() == InstrumentKind.LEGAL_MEASURE;
    }

    DeclarationTopicEntry topic(String key) {
        return knowledgeBase.declarationTopic(key).orElseThrow();
    }

    void add(RuleKind kind, String subject, RuleEffect effect, String statement, Citation citation,
            VerificationStatus status) {
        rules.add(new ApplicableRule(kind, subject, effect, statement, citation, status));
    }

    /**
     * Adds a rule cited where its source says, or at the instrument's own article; a rule with neither is left out,
     * because a rule without a citation could pass for treaty text.
     */
    void add(RuleKind kind, String subject, RuleEffect effect, String statement, Optional<Citation> citation,
            VerificationStatus status) {
        citation.or(instrument::citation).ifPresent(c -> add(kind, subject, effect, statement, c, status));
    }

    List<ApplicableRule> rules() {
        return List.copyOf(rules);
    }
}
