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
import org.rogatory.treaty.RequestElementEntry;
import org.rogatory.treaty.rules.ApplicableRule;
import org.rogatory.treaty.rules.RuleEffect;
import org.rogatory.treaty.rules.RuleKind;
import org.rogatory.treaty.rules.RulesBetweenStates;

/**
 * A request that lacks a mandatory element is defective: the requested State may refuse it or ask for more, and time
 * is lost. The rule compares what was actually sent with the elements the knowledge base marks as mandatory for the
 * measure, and names every missing one in plain words. An action that neither lets the trainee draft nor lists its
 * contents does not model drafting, so the rule stays silent on it.
 */
public final class RequestContentsRule implements Rule {

    /** How many missing elements an explanation names before it only counts the rest, to stay short. */
    private static final int NAMED = 3;

    private final ConventionKnowledgeBase knowledgeBase;
    private final RulesBetweenStates rulesBetweenStates;

    /** Creates the rule over the knowledge base that lists what each request must contain. */
    public RequestContentsRule(ConventionKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        this.rulesBetweenStates = new RulesBetweenStates(knowledgeBase);
    }

    @Override
    public String id() {
        return "request-contents"; //$NON-NLS-1$
    }

    @Override
    public Optional<Finding> check(RuleContext context) {
        Optional<ConventionFrame> frame = ConventionFrame.forRequest(knowledgeBase, rulesBetweenStates, context)
                .filter(f -> f.governs() && f.isInternationalMeasure());
        boolean drafted = context.action().isTraineeDrafts() || !context.action().getRequestElements().isEmpty();
        if (frame.isEmpty() || !drafted || frame.get().instrument().requestContents().isEmpty()) {
            return Optional.empty();
        }
        List<String> sent = context.sentElements();
        List<ApplicableRule> mandatory = frame.get().rules().ofKind(RuleKind.REQUEST_CONTENT).stream()
                .filter(r -> r.effect() == RuleEffect.REQUIRED).toList();
        List<ApplicableRule> missing = mandatory.stream().filter(r -> !sent.contains(r.subject())).toList();
        Citations citations = new Citations();
        if (missing.isEmpty()) {
            mandatory.forEach(r -> citations.add(r.citation()));
            return Optional.of(new Finding(id(), Criteria.LEGALITY, Outcome.MET, Messages.Contents_complete,
                    citations.list()));
        }
        missing.forEach(r -> citations.add(r.citation()));
        List<String> labels = new ArrayList<>();
        for (ApplicableRule element : missing.subList(0, Math.min(NAMED, missing.size()))) {
            labels.add(Names.inSentence(label(frame.get().instrument().requestContents(), element.subject())));
        }
        String list = Names.joinPhrases(labels);
        if (missing.size() > NAMED) {
            list = Texts.bind(Messages.Contents_andMore, list, Integer.toString(missing.size() - NAMED));
        }
        return Optional.of(new Finding(id(), Criteria.LEGALITY, Outcome.BREACHED,
                Texts.bind(Messages.Contents_missing, list, Names.of(frame.get().requested())), citations.list()));
    }

    private static String label(List<RequestElementEntry> elements, String key) {
        return elements.stream().filter(e -> e.key().equals(key)).map(RequestElementEntry::label).findFirst()
                .orElse(key);
    }
}
