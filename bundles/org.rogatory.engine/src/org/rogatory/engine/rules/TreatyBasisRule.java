package org.rogatory.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.engine.evaluation.Rule;
import org.rogatory.engine.evaluation.RuleContext;
import org.rogatory.engine.internal.text.Texts;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.rules.ApplicableRule;
import org.rogatory.treaty.rules.RuleEffect;
import org.rogatory.treaty.rules.RuleKind;
import org.rogatory.treaty.rules.RuleSubjects;
import org.rogatory.treaty.rules.RulesBetweenStates;

/**
 * A treaty binds only its parties, so a request that relies on the Convention towards a State that has not joined it
 * (or from a State that has not) has no legal basis at all, however well it is drafted. A State that does not take
 * the Convention as its legal basis for extradition likewise cannot be asked to extradite under it. With another
 * legal basis (a bilateral treaty, reciprocity, domestic law) the Convention's status is not the question, and the
 * rule stays silent.
 */
public final class TreatyBasisRule implements Rule {

    private final ConventionKnowledgeBase knowledgeBase;
    private final RulesBetweenStates rulesBetweenStates;

    /** Creates the rule over the knowledge base that states which States the Convention binds. */
    public TreatyBasisRule(ConventionKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        this.rulesBetweenStates = new RulesBetweenStates(knowledgeBase);
    }

    @Override
    public String id() {
        return "treaty-basis"; //$NON-NLS-1$
    }

    @Override
    public Optional<Finding> check(RuleContext context) {
        Optional<ConventionFrame> frame = ConventionFrame.forRequest(knowledgeBase, rulesBetweenStates, context)
                .filter(ConventionFrame::reliesOnConvention);
        Optional<ApplicableRule> basis = frame
                .flatMap(f -> f.rules().find(RuleKind.TREATY_BASIS, RuleSubjects.CONVENTION));
        if (basis.isEmpty()) {
            return Optional.empty();
        }
        ConventionFrame f = frame.get();
        if (basis.get().effect() == RuleEffect.DOES_NOT_APPLY) {
            return Optional.of(finding(Outcome.BREACHED,
                    Texts.bind(Messages.TreatyBasis_notParty, Names.join(nonParties(f))), basis.get()));
        }
        Optional<ApplicableRule> extradition = f.rules()
                .find(RuleKind.EXTRADITION_LEGAL_BASIS, RuleSubjects.LEGAL_BASIS)
                .filter(r -> r.effect() == RuleEffect.DOES_NOT_APPLY);
        if (extradition.isPresent()) {
            return Optional.of(finding(Outcome.BREACHED,
                    Texts.bind(Messages.TreatyBasis_noExtraditionBasis, Names.of(f.requested())), extradition.get()));
        }
        return Optional.of(finding(Outcome.MET, Messages.TreatyBasis_met, basis.get()));
    }

    private static List<String> nonParties(ConventionFrame frame) {
        List<String> names = new ArrayList<>();
        if (notParty(frame, RuleSubjects.REQUESTING)) {
            names.add(Names.of(frame.requesting()));
        }
        if (notParty(frame, RuleSubjects.REQUESTED)) {
            names.add(Names.of(frame.requested()));
        }
        return names;
    }

    private static boolean notParty(ConventionFrame frame, String subject) {
        return frame.rules().find(RuleKind.CONVENTION_STATUS, subject)
                .filter(r -> r.effect() == RuleEffect.DOES_NOT_APPLY).isPresent();
    }

    private Finding finding(Outcome outcome, String explanation, ApplicableRule source) {
        return new Finding(id(), Criteria.LEGALITY, outcome, explanation,
                new Citations().add(source.citation()).list());
    }
}
