package org.rogatory.treaty.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.rogatory.treaty.DeclarationTopicEntry;
import org.rogatory.treaty.DeclarationTopics;
import org.rogatory.treaty.RefusalGroundEntry;
import org.rogatory.treaty.rules.RuleEffect;
import org.rogatory.treaty.rules.RuleKind;
import org.rogatory.treaty.rules.RuleSubjects;

/**
 * What extradition depends on in the requested State: whether its law lets it extradite its own nationals (if not,
 * it must prosecute at home when asked), and whether it takes the Convention as the legal basis for extradition.
 */
final class ExtraditionRules {

    static final String EXTRADITION = "extradition"; //$NON-NLS-1$
    static final String OWN_NATIONAL = "own-national"; //$NON-NLS-1$

    private ExtraditionRules() {
    }

    static void add(RuleContext context) {
        if (!EXTRADITION.equals(context.instrument.key()) || context.requested == null) {
            return;
        }
        addNationals(context);
        addLegalBasis(context);
    }

    private static void addNationals(RuleContext context) {
        Optional<RefusalGroundEntry> ground = context.knowledgeBase.refusalGround(OWN_NATIONAL);
        if (ground.isEmpty()) {
            return;
        }
        boolean extradites = context.requested.isExtraditesNationals();
        String message = extradites ? Messages.Nationals_extradites : Messages.Nationals_doesNotExtradite;
        context.add(RuleKind.EXTRADITION_OF_NATIONALS, RuleSubjects.NATIONALS,
                extradites ? RuleEffect.ALLOWED : RuleEffect.NOT_ALLOWED,
                NLS.bind(message, context.requestingName(), context.requestedName()), ground.get().citation(),
                ground.get().status());
    }

    private static void addLegalBasis(RuleContext context) {
        DeclarationTopicEntry topic = context.topic(DeclarationTopics.EXTRADITION_LEGAL_BASIS);
        List<String> values = StateProfile.values(context.requested, DeclarationTopics.EXTRADITION_LEGAL_BASIS).stream()
                .map(v -> v.trim().toLowerCase(Locale.ROOT)).toList();
        RuleEffect effect;
        String message;
        if (values.contains(DeclarationTopics.YES)) {
            effect = RuleEffect.APPLIES;
            message = Messages.LegalBasis_yes;
        } else if (values.contains(DeclarationTopics.NO)) {
            effect = RuleEffect.DOES_NOT_APPLY;
            message = Messages.LegalBasis_no;
        } else {
            effect = RuleEffect.NOT_STATED;
            message = Messages.LegalBasis_notDeclared;
        }
        context.add(RuleKind.EXTRADITION_LEGAL_BASIS, RuleSubjects.LEGAL_BASIS, effect,
                NLS.bind(message, context.requestingName(), context.requestedName()), topic.citation(),
                topic.status());
    }
}
