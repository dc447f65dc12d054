package org.rogatory.engine.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.Engine;
import org.rogatory.engine.evaluation.Evaluation;
import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.RuleBasedEvaluator;
import org.rogatory.engine.rules.Criteria;
import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.engine.session.SessionView;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Feedback;
import org.rogatory.model.scenario.Identified;
import org.rogatory.model.scenario.LearningObjective;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.Verdict;
import org.rogatory.model.validation.ScenarioValidation;
import org.rogatory.treaty.citation.CitationCheck;
import org.rogatory.treaty.citation.CitationOutcome;
import org.rogatory.treaty.citation.CitationValidator;

/**
 * Checks a pack before anyone plays it, with the same engine that will judge the trainees: the scenario format's own
 * constraints, every citation against the knowledge base (unknown articles and paragraphs are errors, unverified
 * paragraphs warnings), the author's expected verdicts against the engine's rules, so a scenario cannot mark a
 * non-compliant choice as correct, and that every action's feedback explains the choice and cites an article
 * (warnings).
 */
public final class PackValidator {

    /** The id of the rule that checks a request's contents against the Convention's list. */
    private static final String REQUEST_CONTENTS = "request-contents"; //$NON-NLS-1$

    private final Engine engine;
    private final CitationValidator citations;
    /**
     * The check of each distinct citation text. A check depends only on the text and on the knowledge base, which this
     * validator keeps for its whole life, and a pack repeats the same few dozen citations hundreds of thousands of
     * times; every occurrence is still reported against its own element.
     */
    private final Map<String, CitationCheck> checkedCitations = new ConcurrentHashMap<>();

    /** Creates a validator that uses {@code engine}'s knowledge base and rules. */
    public PackValidator(Engine engine) {
        this.engine = engine;
        this.citations = new CitationValidator(engine.knowledgeBase());
    }

    /** Returns every problem of {@code pack}, errors first, then by file and element. */
    public List<PackProblem> validate(LoadedPack pack) {
        List<PackProblem> problems = new ArrayList<>();
        collect(ScenarioValidation.validate(pack), problems);
        // Scenarios are checked on every core; their problems join in catalogue order before the final sort.
        pack.scenarios().parallelStream().map(this::check).toList().forEach(problems::addAll);
        problems.sort(Comparator.comparing(PackProblem::severity).thenComparing(PackProblem::file)
                .thenComparing(PackProblem::element).thenComparing(PackProblem::message));
        return problems;
    }

    /** The citation and expected-verdict problems of one scenario, in the order its elements are listed. */
    private List<PackProblem> check(Scenario scenario) {
        List<PackProblem> problems = new ArrayList<>();
        Map<Object, Object> memory = new HashMap<>();
        SessionView start = null;
        for (LearningObjective objective : scenario.getObjectives()) {
            objective.getArticles().forEach(text -> citation(objective, text, problems));
        }
        for (DecisionPoint point : scenario.getDecisionPoints()) {
            for (Action action : point.getActions()) {
                action.getInvokedArticles().forEach(text -> citation(action, text, problems));
                explained(action, problems);
                Feedback feedback = action.getFeedback();
                if (feedback != null) {
                    feedback.getCitations().forEach(text -> citation(action, text, problems));
                    if (feedback.isSetExpectedVerdict()) {
                        start = start != null ? start : engine.start(scenario, 0, DecisionListener.NONE).view();
                        consistency(start, memory, action, feedback, problems);
                    }
                }
            }
        }
        problems.addAll(AuthoringChecks.check(scenario, engine));
        return problems;
    }

    /**
     * Warns about an action whose feedback does not explain it or cites no article: the trainee would see only the
     * engine's own sentence, and the debrief could not point to the article that decides the choice.
     */
    private static void explained(Action action, List<PackProblem> problems) {
        Feedback feedback = action.getFeedback();
        if (feedback == null || feedback.getExplanation() == null || feedback.getExplanation().isBlank()) {
            problems.add(new PackProblem(PackProblem.Severity.WARNING, file(action), action.getId(),
                    Messages.Validator_noFeedback));
        } else if (feedback.getCitations().isEmpty() && action.getInvokedArticles().isEmpty()) {
            problems.add(new PackProblem(PackProblem.Severity.WARNING, file(action), action.getId(),
                    Messages.Validator_noCitations));
        }
    }

    private void citation(Identified owner, String text, List<PackProblem> problems) {
        CitationCheck check = text == null ? citations.check(text) : checkedCitations.computeIfAbsent(text,
                citations::check);
        CitationOutcome.Severity severity = check.outcome().severity();
        if (severity != CitationOutcome.Severity.OK) {
            problems.add(new PackProblem(severity == CitationOutcome.Severity.WARNING ? PackProblem.Severity.WARNING
                    : PackProblem.Severity.ERROR, file(owner), owner.getId(), check.message()));
        }
    }

    /**
     * Compares the author's expected verdict with the engine's, judged at the start of the case. Timeliness is left
     * out of the comparison: it depends on when in the case the action is taken, which the author's claim does not say.
     * So are request contents of an action the trainee drafts: the author judges the choice, the trainee writes the
     * request, and the engine scores the draft when it is sent.
     */
    private void consistency(SessionView start, Map<Object, Object> memory, Action action, Feedback feedback,
            List<PackProblem> problems) {
        Evaluation evaluation = engine.evaluator().evaluate(start, action, new ActionInput(action.getRequestElements()),
                memory);
        List<Finding> legal = evaluation.findings().stream()
                .filter(f -> !Criteria.TIMELINESS.equals(f.criterion()))
                .filter(f -> !(action.isTraineeDrafts() && REQUEST_CONTENTS.equals(f.ruleId()))).toList();
        Verdict engineVerdict = RuleBasedEvaluator.verdict(legal);
        if (engineVerdict != feedback.getExpectedVerdict()) {
            String why = legal.stream().filter(f -> f.outcome() != Evaluation.Outcome.MET).map(Finding::explanation)
                    .findFirst().orElse(Messages.Validator_noObjection);
            problems.add(new PackProblem(PackProblem.Severity.ERROR, file(action), action.getId(),
                    NLS.bind(Messages.Validator_contradiction, new Object[] { feedback.getExpectedVerdict().getLiteral(),
                            engineVerdict.getLiteral(), why })));
        }
    }

    private static void collect(Diagnostic diagnostic, List<PackProblem> problems) {
        if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() >= Diagnostic.WARNING) {
            EObject subject = diagnostic.getData().stream().filter(EObject.class::isInstance).map(EObject.class::cast)
                    .findFirst().orElse(null);
            String element = subject instanceof Identified identified ? identified.getId() : "-"; //$NON-NLS-1$
            problems.add(new PackProblem(diagnostic.getSeverity() >= Diagnostic.ERROR ? PackProblem.Severity.ERROR
                    : PackProblem.Severity.WARNING, subject == null ? "-" : file(subject), element, //$NON-NLS-1$
                    diagnostic.getMessage()));
        }
        diagnostic.getChildren().forEach(child -> collect(child, problems));
    }

    private static String file(EObject element) {
        Resource resource = element.eResource();
        return resource == null ? "-" : resource.getURI().lastSegment(); //$NON-NLS-1$
    }
}
