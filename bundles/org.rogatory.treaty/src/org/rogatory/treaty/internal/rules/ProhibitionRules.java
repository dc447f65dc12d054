package org.rogatory.treaty.internal.rules;

import org.rogatory.treaty.model.InstrumentKind;
import org.rogatory.treaty.rules.RuleEffect;
import org.rogatory.treaty.rules.RuleKind;
import org.rogatory.treaty.rules.RuleSubjects;

/**
 * States that an action is forbidden (remote access abroad without consent) or has no basis in the Convention (a
 * direct order to a foreign provider), whatever the two States' status.
 */
final class ProhibitionRules {

    private ProhibitionRules() {
    }

    static void add(RuleContext context) {
        InstrumentKind kind = context.instrument.kind();
        if (kind == InstrumentKind.FORBIDDEN || kind == InstrumentKind.NO_TREATY_BASIS) {
            RuleEffect effect = kind == InstrumentKind.FORBIDDEN ? RuleEffect.FORBIDDEN : RuleEffect.NO_TREATY_BASIS;
            context.add(RuleKind.PROHIBITION, RuleSubjects.PROHIBITION, effect, context.instrument.summary(),
                    context.instrument.citation(), context.instrument.status());
        }
    }
}
