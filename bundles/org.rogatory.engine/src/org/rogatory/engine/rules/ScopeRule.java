package org.rogatory.engine.rules;

import java.util.List;
import java.util.Optional;

import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.engine.evaluation.Rule;
import org.rogatory.engine.evaluation.RuleContext;
import org.rogatory.engine.internal.text.Texts;
import org.rogatory.engine.rules.OffenceFacts.Standing;
import org.rogatory.model.scenario.Offence;
import org.rogatory.model.scenario.State;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.Threshold;
import org.rogatory.treaty.rules.RulesBetweenStates;

/**
 * The Convention is not a general cooperation treaty: evidence cooperation (preservation, the 24/7 network, MLA for
 * data, real-time collection, interception) covers its own offences and serious crime, while extradition, transfer of
 * proceedings and confiscation cooperation cover its own offences only. A request outside that scope has no basis
 * in the Convention, and the trainee must find another route. Seriousness is judged by the requesting State's law.
 */
public final class ScopeRule implements Rule {

    private final ConventionKnowledgeBase knowledgeBase;
    private final RulesBetweenStates rulesBetweenStates;

    /** Creates the rule over the knowledge base that states each instrument's scope and the serious-crime threshold. */
    public ScopeRule(ConventionKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        this.rulesBetweenStates = new RulesBetweenStates(knowledgeBase);
    }

    @Override
    public String id() {
        return "scope"; //$NON-NLS-1$
    }

    @Override
    public Optional<Finding> check(RuleContext context) {
        Optional<ConventionFrame> frame = ConventionFrame.forRequest(knowledgeBase, rulesBetweenStates, context)
                .filter(f -> f.governs() && f.isInternationalMeasure());
        if (frame.isEmpty()) {
            return Optional.empty();
        }
        InstrumentEntry instrument = frame.get().instrument();
        org.rogatory.treaty.model.ScopeRule scope = instrument.scope().rule();
        boolean seriousCrimeCovered = scope == org.rogatory.treaty.model.ScopeRule.CONVENTION_OFFENCE_OR_SERIOUS_CRIME;
        if (scope != org.rogatory.treaty.model.ScopeRule.CONVENTION_OFFENCE && !seriousCrimeCovered) {
            return Optional.empty();
        }
        State requesting = frame.get().requesting();
        Threshold serious = knowledgeBase.thresholds().seriousCrime();
        List<Offence> offences = OffenceFacts.concerned(context).stream().filter(o -> o.getConduct() != null)
                .toList();
        Optional<Offence> best = OffenceFacts.best(offences, requesting, serious.months());
        if (best.isEmpty()) {
            return Optional.empty();
        }
        Offence offence = best.get();
        Standing standing = OffenceFacts.standing(offence, requesting, serious.months());
        Citations citations = new Citations().add(instrument.scope().citation());
        String name = Names.of(offence);
        String penalty = OffenceFacts.penaltySentence(requesting, offence.getConduct());
        return Optional.of(switch (standing) {
            case CONVENTION_OFFENCE -> finding(Outcome.MET, Texts.bind(Messages.Scope_conventionOffence, name),
                    citations);
            case SERIOUS_CRIME -> seriousCrimeCovered
                    ? finding(Outcome.MET, Texts.bind(Messages.Scope_seriousCrime, name, penalty),
                            citations.add(serious.citation()))
                    : finding(Outcome.BREACHED, Texts.bind(Messages.Scope_seriousCrimeNotEnough, name, penalty),
                            citations);
            case NEITHER -> finding(Outcome.BREACHED,
                    Texts.bind(Messages.Scope_neither, new Object[] { name, penalty,
                            Integer.toString(serious.months()) }),
                    citations.add(serious.citation()));
        });
    }

    private Finding finding(Outcome outcome, String explanation, Citations citations) {
        return new Finding(id(), Criteria.LEGALITY, outcome, explanation, citations.list());
    }
}
