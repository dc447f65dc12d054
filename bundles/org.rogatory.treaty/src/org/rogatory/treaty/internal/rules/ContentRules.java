package org.rogatory.treaty.internal.rules;

import org.eclipse.osgi.util.NLS;
import org.rogatory.treaty.RequestElementEntry;
import org.rogatory.treaty.rules.RuleEffect;
import org.rogatory.treaty.rules.RuleKind;

/**
 * What the request must or may contain, element by element, so drafting can be judged against each one.
 */
final class ContentRules {

    private ContentRules() {
    }

    static void add(RuleContext context) {
        for (RequestElementEntry element : context.instrument.requestContents()) {
            String statement = NLS.bind(element.mandatory() ? Messages.Content_required : Messages.Content_optional,
                    element.label());
            if (!element.condition().isEmpty()) {
                statement = NLS.bind(Messages.Statement_withCondition, statement, element.condition());
            }
            context.add(RuleKind.REQUEST_CONTENT, element.key(),
                    element.mandatory() ? RuleEffect.REQUIRED : RuleEffect.OPTIONAL, statement, element.citation(),
                    element.status());
        }
    }
}
