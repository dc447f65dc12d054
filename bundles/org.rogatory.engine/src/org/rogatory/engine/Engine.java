package org.rogatory.engine;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.evaluation.Evaluator;
import org.rogatory.engine.evaluation.Rule;
import org.rogatory.engine.evaluation.RuleBasedEvaluator;
import org.rogatory.engine.rules.StandardRules;
import org.rogatory.engine.session.ClockPolicy;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.engine.session.Session;
import org.rogatory.engine.validation.InvalidPackException;
import org.rogatory.engine.validation.PackProblem;
import org.rogatory.engine.validation.PackValidator;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.Thresholds;

/**
 * The engine as the command line, the workbench and the benchmarks use it: the Convention knowledge base, the rules
 * built on it, and the legal periods the clock takes from it. One instance can serve many sessions at once.
 */
public final class Engine {

    private final ConventionKnowledgeBase knowledgeBase;
    private final List<Rule> rules;
    private final ClockPolicy clockPolicy;
    private final Evaluator evaluator;

    private Engine(ConventionKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        this.rules = StandardRules.create(knowledgeBase);
        Thresholds thresholds = knowledgeBase.thresholds();
        this.clockPolicy = new ClockPolicy(thresholds.internationalPreservationMinimum().days(),
                thresholds.domesticPreservationMaximum().days());
        this.evaluator = new RuleBasedEvaluator(rules);
    }

    /** The engine over the knowledge base shipped with Rogatory. */
    public static Engine standard() {
        return new Engine(ConventionKnowledgeBase.bundled());
    }

    /** An engine over another copy of the knowledge base (a centre's corrected data, a test fixture). */
    public static Engine over(ConventionKnowledgeBase knowledgeBase) {
        return new Engine(knowledgeBase);
    }

    /** The knowledge base the rules cite. */
    public ConventionKnowledgeBase knowledgeBase() {
        return knowledgeBase;
    }

    /** The rules every decision is checked against, in order. */
    public List<Rule> rules() {
        return rules;
    }

    /** The legal periods of the clock. */
    public ClockPolicy clockPolicy() {
        return clockPolicy;
    }

    /** The evaluator that combines the rules into verdicts and scores. */
    public Evaluator evaluator() {
        return evaluator;
    }

    /**
     * Validates {@code pack} and starts a session on its scenario {@code scenarioId}; refuses a pack with errors (or
     * without that scenario) and says why. This is how sessions should start: the engine never runs an invalid case.
     */
    public Session startValidated(LoadedPack pack, String scenarioId, long seed, DecisionListener listener)
            throws InvalidPackException {
        List<PackProblem> errors = new PackValidator(this).validate(pack).stream()
                .filter(p -> p.severity() == PackProblem.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new InvalidPackException(NLS.bind(Messages.Engine_invalidPack, pack.pack().getId(), errors.size()),
                    errors);
        }
        Scenario scenario = pack.scenario(scenarioId).orElseThrow(() -> new InvalidPackException(
                NLS.bind(Messages.Engine_noScenario, pack.pack().getId(), scenarioId), List.of()));
        return start(scenario, seed, listener);
    }

    /** Starts a session on a scenario that has already been validated. */
    public Session start(Scenario scenario, long seed, DecisionListener listener) {
        return Session.start(scenario, seed, clockPolicy, evaluator, listener);
    }
}
