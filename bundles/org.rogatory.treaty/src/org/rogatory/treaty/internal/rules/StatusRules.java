package org.rogatory.treaty.internal.rules;

import org.eclipse.osgi.util.NLS;
import org.rogatory.model.scenario.ConventionStatus;
import org.rogatory.model.scenario.State;
import org.rogatory.treaty.Citation;
import org.rogatory.treaty.FactEntry;
import org.rogatory.treaty.internal.load.FactKeys;
import org.rogatory.treaty.rules.RuleEffect;
import org.rogatory.treaty.rules.RuleKind;
import org.rogatory.treaty.rules.RuleSubjects;

/**
 * The first question for any international measure: does the Convention bind both States? It binds only parties, so
 * a signatory or a non-signatory on either side removes the treaty basis.
 */
final class StatusRules {

    private StatusRules() {
    }

    static void add(RuleContext context) {
        if (!context.isInternationalMeasure()) {
            return;
        }
        FactEntry binding = context.knowledgeBase.fact(FactKeys.BINDING_BETWEEN_PARTIES).orElseThrow();
        Citation citation = binding.citation().orElseThrow();
        addStatus(context, RuleSubjects.REQUESTING, context.requesting, context.requestingName(), citation, binding);
        addStatus(context, RuleSubjects.REQUESTED, context.requested, context.requestedName(), citation, binding);
        boolean requestingParty = StateProfile.isParty(context.requesting);
        boolean requestedParty = StateProfile.isParty(context.requested);
        String statement;
        if (requestingParty && requestedParty) {
            statement = NLS.bind(Messages.TreatyBasis_applies, context.requestingName(), context.requestedName());
        } else if (!requestingParty && !requestedParty) {
            statement = NLS.bind(Messages.TreatyBasis_bothMissing, context.requestingName(), context.requestedName());
        } else {
            String missing = requestingParty ? context.requestedName() : context.requestingName();
            statement = NLS.bind(Messages.TreatyBasis_oneMissing,
                    new Object[] { context.requestingName(), context.requestedName(), missing });
        }
        RuleEffect effect = requestingParty && requestedParty ? RuleEffect.APPLIES : RuleEffect.DOES_NOT_APPLY;
        context.add(RuleKind.TREATY_BASIS, RuleSubjects.CONVENTION, effect, statement, citation, binding.status());
    }

    private static void addStatus(RuleContext context, String subject, State state, String name, Citation citation,
            FactEntry binding) {
        ConventionStatus status = state.getConventionStatus();
        String statement = switch (status) {
            case PARTY -> NLS.bind(Messages.Status_party, name);
            case SIGNATORY -> NLS.bind(Messages.Status_signatory, name);
            default -> NLS.bind(Messages.Status_nonSignatory, name);
        };
        RuleEffect effect = status == ConventionStatus.PARTY ? RuleEffect.APPLIES : RuleEffect.DOES_NOT_APPLY;
        context.add(RuleKind.CONVENTION_STATUS, subject, effect, statement, citation, binding.status());
    }
}
