package org.rogatory.engine.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.rogatory.engine.Engine;
import org.rogatory.model.scenario.Identified;
import org.rogatory.model.scenario.Scenario;

/**
 * The checks issue 7 asks of a scenario beyond its format and its legal claims: whether a trainee can get stuck
 * ({@link DeadEndChecks}), whether every choice counts in the score ({@link ScoringChecks}) and whether evidence can
 * be saved in time at all ({@link RetentionChecks}). They look at the scenario's structure once, without playing it,
 * so they stay cheap on packs of a thousand scenarios; each reports warnings, because each describes a case that
 * still plays but probably does not teach what its author meant.
 */
final class AuthoringChecks {

    private AuthoringChecks() {
    }

    /**
     * Returns the problems the authoring checks find in {@code scenario}.
     *
     * @param scenario the scenario, already loaded with its pack
     * @param engine the engine whose knowledge base and rules judge the actions
     * @return the problems, in the order the checks run
     */
    static List<PackProblem> check(Scenario scenario, Engine engine) {
        List<PackProblem> problems = new ArrayList<>();
        DeadEndChecks.check(scenario, problems);
        ScoringChecks.check(scenario, engine, problems);
        RetentionChecks.check(scenario, engine.knowledgeBase(), problems);
        return problems;
    }

    /** A warning on {@code element}, in the file that holds it, so the Problems view can select it. */
    static PackProblem warning(Identified element, String message) {
        return new PackProblem(PackProblem.Severity.WARNING, file(element), id(element), message);
    }

    /** The id of an element, or "-" while the author has not given it one. */
    static String id(Identified element) {
        return element == null || element.getId() == null ? "-" : element.getId(); //$NON-NLS-1$
    }

    private static String file(EObject element) {
        Resource resource = element.eResource();
        return resource == null ? "-" : resource.getURI().lastSegment(); //$NON-NLS-1$
    }
}
