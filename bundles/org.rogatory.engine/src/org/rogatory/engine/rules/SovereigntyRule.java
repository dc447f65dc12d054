package org.rogatory.engine.rules;

import java.util.List;
import java.util.Optional;

import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.engine.evaluation.Rule;
import org.rogatory.engine.evaluation.RuleContext;
import org.rogatory.engine.internal.text.Texts;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.model.InstrumentKind;

/**
 * No State may act on another's territory on its own (Art. 5): reaching into data held abroad without that State's
 * consent is forbidden, and an order sent straight to a foreign provider has no basis in this Convention (its
 * production order, Art. 27, is a domestic power). Both are breaches whatever else the decision gets right.
 */
public final class SovereigntyRule implements Rule {

    private final ConventionKnowledgeBase knowledgeBase;

    /** Creates the rule over the knowledge base that says which instruments are forbidden or baseless. */
    public SovereigntyRule(ConventionKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public String id() {
        return "sovereignty"; //$NON-NLS-1$
    }

    @Override
    public Optional<Finding> check(RuleContext context) {
        Optional<InstrumentEntry> entry = knowledgeBase.instrument(context.action().getInstrument());
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        InstrumentEntry instrument = entry.get();
        String template = switch (instrument.kind()) {
            case FORBIDDEN -> Messages.Sovereignty_forbidden;
            case NO_TREATY_BASIS -> Messages.Sovereignty_noBasis;
            default -> null;
        };
        List<String> citations = instrument.citation().map(Citations::format).stream().toList();
        if (template == null) {
            return context.isInternational() && instrument.kind() == InstrumentKind.LEGAL_MEASURE
                    ? Optional.of(new Finding(id(), Criteria.LEGALITY, Outcome.MET, Messages.Sovereignty_met, citations))
                    : Optional.empty();
        }
        return Optional.of(new Finding(id(), Criteria.LEGALITY, Outcome.BREACHED,
                Texts.bind(template, instrument.label()), citations));
    }
}
