package org.rogatory.treaty.internal.rules;

import org.eclipse.osgi.util.NLS;
import org.rogatory.treaty.DeclarationTopicEntry;
import org.rogatory.treaty.DeclarationTopics;
import org.rogatory.treaty.DualCriminalityEntry;
import org.rogatory.treaty.ScopeEntry;
import org.rogatory.treaty.internal.citation.Statuses;
import org.rogatory.treaty.model.ScopeRule;
import org.rogatory.treaty.rules.RuleEffect;
import org.rogatory.treaty.rules.RuleKind;
import org.rogatory.treaty.rules.RuleSubjects;

/**
 * Which offences the instrument serves, and whether dual criminality is needed. For preservation the answer depends
 * on the requested State: dual criminality is waived unless it made the Art. 42 reservation.
 */
final class ScopeRules {

    private ScopeRules() {
    }

    static void add(RuleContext context) {
        addScope(context);
        addDualCriminality(context);
    }

    private static void addScope(RuleContext context) {
        ScopeEntry scope = context.instrument.scope();
        String statement = switch (scope.rule()) {
            case CONVENTION_OFFENCE -> Messages.Scope_conventionOffence;
            case CONVENTION_OFFENCE_OR_SERIOUS_CRIME -> Messages.Scope_conventionOffenceOrSeriousCrime;
            case ANY_CRIMINAL_OFFENCE -> Messages.Scope_anyCriminalOffence;
            case DOMESTIC_SERIOUS_OFFENCES -> Messages.Scope_domesticSeriousOffences;
            case NOT_STATED -> Messages.Scope_notStated;
            default -> null;
        };
        if (statement != null) {
            RuleEffect effect = scope.rule() == ScopeRule.NOT_STATED ? RuleEffect.NOT_STATED : RuleEffect.APPLIES;
            context.add(RuleKind.SCOPE, RuleSubjects.SCOPE, effect, statement, scope.citation(), scope.status());
        }
    }

    private static void addDualCriminality(RuleContext context) {
        DualCriminalityEntry rule = context.instrument.dualCriminality();
        String requesting = context.requestingName();
        String requested = context.requestedName();
        switch (rule.rule()) {
            case REQUIRED -> add(context, RuleEffect.REQUIRED,
                    NLS.bind(Messages.DualCriminality_required, requesting, requested), rule);
            case MAY_DECLINE -> add(context, RuleEffect.MAY_DECLINE,
                    NLS.bind(Messages.DualCriminality_mayDecline, requesting, requested), rule);
            case NOT_REQUIRED -> add(context, RuleEffect.NOT_REQUIRED, Messages.DualCriminality_notRequired, rule);
            case NOT_REQUIRED_UNLESS_RESERVED -> addUnlessReserved(context, rule);
            case NOT_STATED -> add(context, RuleEffect.NOT_STATED, Messages.DualCriminality_notStated, rule);
            default -> {
                // NOT_APPLICABLE: the instrument is not a request to another State.
            }
        }
    }

    private static void addUnlessReserved(RuleContext context, DualCriminalityEntry rule) {
        if (StateProfile.declares(context.requested, DeclarationTopics.PRESERVATION_DUAL_CRIMINALITY)) {
            DeclarationTopicEntry topic = context.topic(DeclarationTopics.PRESERVATION_DUAL_CRIMINALITY);
            context.add(RuleKind.DUAL_CRIMINALITY, RuleSubjects.DUAL_CRIMINALITY, RuleEffect.MAY_DECLINE,
                    NLS.bind(Messages.DualCriminality_reserved, context.requestingName(), context.requestedName()),
                    topic.citation(), Statuses.weakest(rule.status(), topic.status()));
        } else {
            add(context, RuleEffect.NOT_REQUIRED,
                    NLS.bind(Messages.DualCriminality_noReservation, context.requestingName(),
                            context.requestedName()),
                    rule);
        }
    }

    private static void add(RuleContext context, RuleEffect effect, String statement, DualCriminalityEntry rule) {
        context.add(RuleKind.DUAL_CRIMINALITY, RuleSubjects.DUAL_CRIMINALITY, effect, statement, rule.citation(),
                rule.status());
    }
}
