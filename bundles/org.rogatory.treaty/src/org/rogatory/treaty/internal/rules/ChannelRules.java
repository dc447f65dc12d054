package org.rogatory.treaty.internal.rules;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rogatory.treaty.ChannelUseEntry;
import org.rogatory.treaty.DeclarationTopicEntry;
import org.rogatory.treaty.DeclarationTopics;
import org.rogatory.treaty.RequestElementEntry;
import org.rogatory.treaty.internal.citation.Statuses;
import org.rogatory.treaty.model.ChannelRole;
import org.rogatory.treaty.model.VerificationStatus;
import org.rogatory.treaty.rules.RuleEffect;
import org.rogatory.treaty.rules.RuleKind;
import org.rogatory.treaty.rules.RuleSubjects;

/**
 * How a request may travel between the two States. The data gives each channel's role; the States' declarations
 * settle the conditional ones: the requested State may require the diplomatic channel, and INTERPOL carries a formal
 * request only in urgent cases where both States accept it. The languages the requested State accepts follow the
 * same article.
 */
final class ChannelRules {

    static final String CENTRAL_AUTHORITY = "central-authority"; //$NON-NLS-1$
    static final String DIPLOMATIC = "diplomatic"; //$NON-NLS-1$
    static final String INTERPOL = "interpol"; //$NON-NLS-1$

    private ChannelRules() {
    }

    static void add(RuleContext context) {
        boolean diplomaticRequired = conditional(context, DIPLOMATIC)
                && StateProfile.declares(context.requested, DeclarationTopics.DIPLOMATIC_CHANNEL_REQUIRED);
        for (ChannelUseEntry use : context.instrument.channels()) {
            String key = use.channel().key();
            if (use.role() == ChannelRole.CONDITIONAL && DIPLOMATIC.equals(key)) {
                addDiplomatic(context, use, diplomaticRequired);
            } else if (use.role() == ChannelRole.CONDITIONAL && INTERPOL.equals(key)) {
                addInterpol(context, use);
            } else if (use.role() == ChannelRole.PRIMARY && CENTRAL_AUTHORITY.equals(key) && diplomaticRequired) {
                DeclarationTopicEntry topic = context.topic(DeclarationTopics.DIPLOMATIC_CHANNEL_REQUIRED);
                add(context, use, RuleEffect.NOT_ALLOWED,
                        NLS.bind(Messages.Channel_centralAuthorityNotEnough, use.channel().label(),
                                context.requestedName()),
                        Statuses.weakest(use.status(), topic.status()));
            } else {
                addPlain(context, use);
            }
        }
        addLanguages(context);
    }

    private static boolean conditional(RuleContext context, String channel) {
        return context.instrument.channels().stream()
                .anyMatch(u -> u.role() == ChannelRole.CONDITIONAL && channel.equals(u.channel().key()));
    }

    private static void addPlain(RuleContext context, ChannelUseEntry use) {
        String label = use.channel().label();
        RuleEffect effect;
        String statement;
        switch (use.role()) {
            case PRIMARY -> {
                effect = RuleEffect.PROPER;
                statement = NLS.bind(Messages.Channel_proper, label);
            }
            case ALTERNATIVE -> {
                effect = RuleEffect.ALLOWED;
                statement = NLS.bind(Messages.Channel_allowed, label);
            }
            case CONDITIONAL -> {
                effect = RuleEffect.CONDITIONAL;
                statement = NLS.bind(Messages.Channel_conditional, label, use.condition());
            }
            default -> {
                effect = RuleEffect.NO_TREATY_BASIS;
                statement = NLS.bind(Messages.Channel_noTreatyBasis, label);
            }
        }
        if (!use.condition().isEmpty() && use.role() != ChannelRole.CONDITIONAL) {
            statement = NLS.bind(Messages.Statement_withCondition, statement, use.condition());
        }
        add(context, use, effect, statement, use.status());
    }

    private static void addDiplomatic(RuleContext context, ChannelUseEntry use, boolean required) {
        DeclarationTopicEntry topic = context.topic(DeclarationTopics.DIPLOMATIC_CHANNEL_REQUIRED);
        String message = required ? Messages.Channel_diplomaticRequired : Messages.Channel_diplomaticNotRequired;
        add(context, use, required ? RuleEffect.REQUIRED : RuleEffect.CONDITION_NOT_MET,
                NLS.bind(message, use.channel().label(), context.requestedName()),
                Statuses.weakest(use.status(), topic.status()));
    }

    private static void addInterpol(RuleContext context, ChannelUseEntry use) {
        DeclarationTopicEntry topic = context.topic(DeclarationTopics.INTERPOL_CHANNEL_ACCEPTED);
        boolean requesting = StateProfile.declares(context.requesting, DeclarationTopics.INTERPOL_CHANNEL_ACCEPTED);
        boolean requested = StateProfile.declares(context.requested, DeclarationTopics.INTERPOL_CHANNEL_ACCEPTED);
        String statement;
        if (requesting && requested) {
            statement = NLS.bind(Messages.Channel_interpolAgreed, context.requestingName(), context.requestedName());
        } else if (!requesting && !requested) {
            statement = NLS.bind(Messages.Channel_interpolNotAgreedBoth, context.requestingName(),
                    context.requestedName());
        } else {
            String missing = requesting ? context.requestedName() : context.requestingName();
            statement = NLS.bind(Messages.Channel_interpolNotAgreedOne,
                    new Object[] { context.requestingName(), context.requestedName(), missing });
        }
        add(context, use, requesting && requested ? RuleEffect.CONDITIONAL : RuleEffect.CONDITION_NOT_MET, statement,
                Statuses.weakest(use.status(), topic.status()));
    }

    private static void addLanguages(RuleContext context) {
        DeclarationTopicEntry topic = context.topic(DeclarationTopics.ACCEPTED_LANGUAGES);
        int article = topic.citation().firstArticle();
        List<RequestElementEntry> contents = context.instrument.requestContents();
        boolean concerned = context.instrument.governingArticles().contains(Integer.valueOf(article))
                || contents.stream().anyMatch(e -> e.citation().firstArticle() == article);
        if (context.requested == null || !concerned) {
            return;
        }
        List<String> languages = StateProfile.values(context.requested, DeclarationTopics.ACCEPTED_LANGUAGES);
        if (languages.isEmpty()) {
            context.add(RuleKind.LANGUAGE, RuleSubjects.LANGUAGES, RuleEffect.NOT_STATED,
                    NLS.bind(Messages.Language_notDeclared, context.requestedName()), topic.citation(),
                    topic.status());
        } else {
            context.add(RuleKind.LANGUAGE, RuleSubjects.LANGUAGES, RuleEffect.REQUIRED,
                    NLS.bind(Messages.Language_accepted, context.requestedName(),
                            String.join(Messages.Language_separator, languages)),
                    topic.citation(), topic.status());
        }
    }

    private static void add(RuleContext context, ChannelUseEntry use, RuleEffect effect, String statement,
            VerificationStatus status) {
        context.add(RuleKind.CHANNEL, use.channel().key(), effect, statement, use.citation(), status);
    }
}
