package org.rogatory.engine.rules;

import java.util.List;
import java.util.Optional;

import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.engine.evaluation.Rule;
import org.rogatory.engine.evaluation.RuleContext;
import org.rogatory.engine.internal.text.Texts;
import org.rogatory.model.scenario.Channel;
import org.rogatory.model.scenario.Urgency;
import org.rogatory.treaty.ChannelEntry;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.ScenarioVocabulary;
import org.rogatory.treaty.rules.ApplicableRule;
import org.rogatory.treaty.rules.RuleEffect;
import org.rogatory.treaty.rules.RuleKind;
import org.rogatory.treaty.rules.RulesBetweenStates;

/**
 * A request sent the wrong way may never be treated, and one sent the slow way may arrive after the data is gone. The
 * knowledge base lists the channels of each measure; the requested State may insist on the diplomatic channel;
 * INTERPOL carries a formal request only when it is urgent and both States accept it; the 24/7 point of contact is
 * the fast route for preservation, preserved traffic data and emergencies. An action with no channel set leaves the
 * channel out of the exercise, and the rule stays silent.
 */
public final class ChannelRule implements Rule {

    private static final String TWENTY_FOUR_SEVEN = key(Channel.TWENTY_FOUR_SEVEN);
    private static final String CENTRAL_AUTHORITY = key(Channel.CENTRAL_AUTHORITY);
    private static final String DIPLOMATIC = key(Channel.DIPLOMATIC);
    private static final String INTERPOL = key(Channel.INTERPOL);

    private final ConventionKnowledgeBase knowledgeBase;
    private final RulesBetweenStates rulesBetweenStates;

    /** Creates the rule over the knowledge base that lists each measure's channels. */
    public ChannelRule(ConventionKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        this.rulesBetweenStates = new RulesBetweenStates(knowledgeBase);
    }

    @Override
    public String id() {
        return "channel"; //$NON-NLS-1$
    }

    @Override
    public Optional<Finding> check(RuleContext context) {
        Optional<ConventionFrame> frame = ConventionFrame.forRequest(knowledgeBase, rulesBetweenStates, context)
                .filter(f -> f.governs() && f.isInternationalMeasure());
        Optional<String> key = ScenarioVocabulary.channelKey(context.action().getChannel());
        if (frame.isEmpty() || key.isEmpty()) {
            return Optional.empty();
        }
        KnownRules rules = frame.get().rules();
        String chosen = label(key.get());
        String requested = Names.of(frame.get().requested());
        String instead = Names.join(recommended(rules).stream().map(r -> label(r.subject())).toList());
        Optional<ApplicableRule> listed = rules.find(RuleKind.CHANNEL, key.get());
        if (listed.isEmpty()) {
            return Optional.of(unlisted(context, rules, key.get(), chosen, instead));
        }
        ApplicableRule rule = listed.get();
        return Optional.ofNullable(switch (rule.effect()) {
            case PROPER, ALLOWED -> finding(Outcome.MET, Texts.bind(Messages.Channel_proper, chosen), rule);
            case REQUIRED -> finding(Outcome.MET, Texts.bind(Messages.Channel_requiredUsed, requested), rule);
            case NOT_ALLOWED -> finding(Outcome.BREACHED, Texts.bind(Messages.Channel_diplomaticRequired, requested),
                    rule);
            case CONDITION_NOT_MET -> DIPLOMATIC.equals(key.get())
                    ? new Finding(id(), Criteria.EFFICIENCY, Outcome.WEAKER,
                            Texts.bind(Messages.Channel_diplomaticNotNeeded, requested),
                            new Citations().add(rule.citation()).list())
                    : finding(Outcome.BREACHED, Texts.bind(Messages.Channel_interpolNotAgreed, instead), rule);
            case CONDITIONAL -> INTERPOL.equals(key.get()) && context.action().getUrgency() == Urgency.ROUTINE
                    ? finding(Outcome.BREACHED, Texts.bind(Messages.Channel_notUrgent, chosen, instead), rule)
                    : finding(Outcome.MET, Texts.bind(Messages.Channel_proper, chosen), rule);
            case NO_TREATY_BASIS -> finding(Outcome.BREACHED, Texts.bind(Messages.Channel_noBasis, chosen, instead),
                    rule);
            default -> null;
        });
    }

    /**
     * A channel the knowledge base does not list for the measure. The formal channels between States (central
     * authority, diplomatic channel) stay lawful for any request, even where the knowledge base names only the 24/7
     * point (preservation) or only the designated authority (extradition); they are merely slow when the data is at
     * risk and the 24/7 point was open. Any other unlisted channel is no channel for the measure.
     */
    private Finding unlisted(RuleContext context, KnownRules rules, String key, String chosen, String instead) {
        if (CENTRAL_AUTHORITY.equals(key) || DIPLOMATIC.equals(key)) {
            Optional<ApplicableRule> fast = rules.find(RuleKind.CHANNEL, TWENTY_FOUR_SEVEN)
                    .filter(r -> r.effect() == RuleEffect.PROPER);
            boolean pressing = context.action().getUrgency() != Urgency.ROUTINE || DataFacts.anyAtRisk(context);
            if (fast.isPresent() && pressing) {
                return new Finding(id(), Criteria.EFFICIENCY, Outcome.WEAKER,
                        Texts.bind(Messages.Channel_slower, chosen, label(TWENTY_FOUR_SEVEN)),
                        new Citations().add(fast.get().citation()).list());
            }
            // No citation: the knowledge base does not list the channel for this measure, so none would fit.
            return new Finding(id(), Criteria.LEGALITY, Outcome.MET, Texts.bind(Messages.Channel_formal, chosen),
                    List.of());
        }
        Citations citations = new Citations();
        recommended(rules).forEach(r -> citations.add(r.citation()));
        return new Finding(id(), Criteria.LEGALITY, Outcome.BREACHED,
                Texts.bind(Messages.Channel_notForMeasure, chosen, instead), citations.list());
    }

    /** The channels to advise: the one the requested State requires, else the measure's normal ones. */
    private static List<ApplicableRule> recommended(KnownRules rules) {
        List<ApplicableRule> channels = rules.ofKind(RuleKind.CHANNEL);
        List<ApplicableRule> required = channels.stream().filter(r -> r.effect() == RuleEffect.REQUIRED).toList();
        return required.isEmpty() ? channels.stream().filter(r -> r.effect() == RuleEffect.PROPER).toList()
                : required;
    }

    private String label(String channelKey) {
        return knowledgeBase.channel(channelKey).map(ChannelEntry::label).orElse(channelKey);
    }

    private static String key(Channel channel) {
        return ScenarioVocabulary.channelKey(channel).orElseThrow();
    }

    private Finding finding(Outcome outcome, String explanation, ApplicableRule source) {
        return new Finding(id(), Criteria.LEGALITY, outcome, explanation,
                new Citations().add(source.citation()).list());
    }
}
