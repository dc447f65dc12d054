package org.rogatory.engine.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.engine.internal.text.Texts;
import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.SessionView;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Feedback;
import org.rogatory.model.scenario.Verdict;

/**
 * The engine's evaluator: runs every rule, and combines their findings. One breach makes the decision non-compliant;
 * otherwise one "weaker" finding makes it compliant but weaker; otherwise it is compliant. The explanation and the
 * citations come from the findings that decided the verdict, followed by the scenario's own feedback; a compliant
 * decision is explained by the author's feedback, or in one sentence naming the checks it passed.
 *
 * <p>Scoring: a decision moves each criterion its findings bear on once, by the worst outcome among them:
 * {@link #BREACH_POINTS} if any is breached, else {@link #WEAKER_POINTS} if any is weaker, else {@link #MET_POINTS}.
 * So a trainee sees which criterion a mistake cost, and a breach is never outweighed by the checks the same decision
 * passed.
 */
public final class RuleBasedEvaluator implements Evaluator {

    /** Points a met rule adds to its criterion. */
    public static final int MET_POINTS = 1;
    /** Points a weaker choice adds to its criterion. */
    public static final int WEAKER_POINTS = 0;
    /** Points a breached rule adds to its criterion (a loss). */
    public static final int BREACH_POINTS = -2;

    private final List<Rule> rules;

    /** Creates an evaluator that checks decisions against {@code rules}, in that order. */
    public RuleBasedEvaluator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public Evaluation evaluate(SessionView before, Action action, ActionInput input) {
        return evaluate(new RuleContext(before, action, input));
    }

    /** The rules keep what they work out about the scenario (the rules between two States) in the session's memory. */
    @Override
    public Evaluation evaluate(SessionView before, Action action, ActionInput input, Map<Object, Object> memory) {
        return evaluate(new RuleContext(before, action, input, memory));
    }

    private Evaluation evaluate(RuleContext context) {
        Action action = context.action();
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(context).ifPresent(findings::add);
        }
        Verdict verdict = verdict(findings);
        Outcome decisive = switch (verdict) {
            case NON_COMPLIANT -> Outcome.BREACHED;
            case COMPLIANT_WEAKER -> Outcome.WEAKER;
            case COMPLIANT -> Outcome.MET;
        };
        Set<String> citations = new LinkedHashSet<>();
        List<String> explanations = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.outcome() == decisive) {
                citations.addAll(finding.citations());
                explanations.add(finding.explanation());
            }
        }
        if (verdict == Verdict.COMPLIANT) {
            // Every met check explained at length would bury the point; the findings keep the detail.
            explanations.clear();
            if (action.getFeedback() == null || isBlank(action.getFeedback().getExplanation())) {
                explanations.add(findings.isEmpty() ? Messages.Evaluator_noRule
                        : Texts.bind(Messages.Evaluator_compliant, findings.stream().map(Finding::ruleId)
                                .map(id -> id.replace('-', ' ')).collect(Collectors.joining(", ")))); //$NON-NLS-1$
            }
        }
        Optional.ofNullable(action.getFeedback()).ifPresent(feedback -> addFeedback(feedback, explanations, citations));
        return new Evaluation(verdict, findings, List.copyOf(citations), String.join(" ", explanations), //$NON-NLS-1$
                scores(findings));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The verdict that a list of findings amounts to. */
    public static Verdict verdict(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.outcome() == Outcome.BREACHED)) {
            return Verdict.NON_COMPLIANT;
        }
        if (findings.stream().anyMatch(f -> f.outcome() == Outcome.WEAKER)) {
            return Verdict.COMPLIANT_WEAKER;
        }
        return Verdict.COMPLIANT;
    }

    private static void addFeedback(Feedback feedback, List<String> explanations, Set<String> citations) {
        if (feedback.getExplanation() != null && !feedback.getExplanation().isBlank()) {
            explanations.add(feedback.getExplanation());
        }
        citations.addAll(feedback.getCitations());
    }

    private static Map<String, Integer> scores(List<Finding> findings) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Finding finding : findings) {
            int points = switch (finding.outcome()) {
                case MET -> MET_POINTS;
                case WEAKER -> WEAKER_POINTS;
                case BREACHED -> BREACH_POINTS;
            };
            scores.merge(finding.criterion(), points, Math::min);
        }
        return scores;
    }
}
