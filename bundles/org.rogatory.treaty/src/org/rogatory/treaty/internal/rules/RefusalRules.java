package org.rogatory.treaty.internal.rules;

import org.eclipse.osgi.util.NLS;
import org.rogatory.treaty.DeclarationTopicEntry;
import org.rogatory.treaty.RefusalGroundEntry;
import org.rogatory.treaty.internal.citation.Statuses;
import org.rogatory.treaty.rules.RuleEffect;
import org.rogatory.treaty.rules.RuleKind;
import org.rogatory.treaty.rules.RuleSubjects;

/**
 * The grounds on which the requested State may, or may not, refuse. A ground that needs a reservation is open only
 * if the requested State declared it; for some measures the list is closed, so any other ground is excluded.
 */
final class RefusalRules {

    private RefusalRules() {
    }

    static void add(RuleContext context) {
        for (RefusalGroundEntry ground : context.instrument.refusalGrounds()) {
            if (ground.requiresReservation()) {
                addReserved(context, ground);
            } else {
                RuleEffect effect = ground.postponeOnly() ? RuleEffect.POSTPONE_ONLY
                        : ground.mayInvoke() ? RuleEffect.MAY_INVOKE : RuleEffect.MAY_NOT_INVOKE;
                context.add(RuleKind.REFUSAL_GROUND, ground.key(), effect, explained(ground), ground.citation(),
                        ground.status());
            }
        }
        if (context.instrument.refusalListClosed()) {
            context.add(RuleKind.REFUSAL_GROUND, RuleSubjects.OTHER_GROUNDS, RuleEffect.MAY_NOT_INVOKE,
                    NLS.bind(Messages.Refusal_closedList, context.requestedName()), context.instrument.citation(),
                    context.instrument.status());
        }
    }

    private static void addReserved(RuleContext context, RefusalGroundEntry ground) {
        DeclarationTopicEntry topic = context.topic(ground.declarationTopic());
        if (StateProfile.declares(context.requested, ground.declarationTopic())) {
            context.add(RuleKind.REFUSAL_GROUND, ground.key(), RuleEffect.MAY_INVOKE,
                    NLS.bind(Messages.Refusal_withReservation, explained(ground), context.requestedName()),
                    ground.citation(), Statuses.weakest(ground.status(), topic.status()));
        } else {
            context.add(RuleKind.REFUSAL_GROUND, ground.key(), RuleEffect.MAY_NOT_INVOKE,
                    NLS.bind(Messages.Refusal_noReservation, ground.label(), context.requestedName()),
                    ground.citation(), Statuses.weakest(ground.status(), topic.status()));
        }
    }

    private static String explained(RefusalGroundEntry ground) {
        return ground.condition().isEmpty() ? ground.explanation()
                : NLS.bind(Messages.Statement_withCondition, ground.explanation(), ground.condition());
    }
}
