package org.rogatory.treaty.internal.rules;

import org.rogatory.treaty.FactEntry;
import org.rogatory.treaty.model.FactKind;
import org.rogatory.treaty.rules.RuleEffect;
import org.rogatory.treaty.rules.RuleKind;

/**
 * The thresholds and rules the data attaches to the instrument (serious crime, one year for extradition, 60 days of
 * preservation, speciality...). They hold whatever the two States, so they are quoted as the data states them.
 */
final class FactRules {

    private FactRules() {
    }

    static void add(RuleContext context) {
        for (FactEntry fact : context.instrument.facts()) {
            RuleKind kind = fact.kind() == FactKind.THRESHOLD ? RuleKind.THRESHOLD : RuleKind.TREATY_RULE;
            context.add(kind, fact.key(), RuleEffect.APPLIES, fact.value(), fact.citation(), fact.status());
        }
    }
}
