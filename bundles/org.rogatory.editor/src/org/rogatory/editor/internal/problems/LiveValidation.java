package org.rogatory.editor.internal.problems;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.Engine;
import org.rogatory.engine.validation.PackProblem;
import org.rogatory.engine.validation.PackValidator;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.query.ScenarioQuery;
import org.rogatory.model.scenario.Identified;

/**
 * Validates an edited pack with exactly the checks the engine and the command line run before a case starts
 * ({@link PackValidator}: the format's constraints through {@code ScenarioValidation}, citations against the
 * knowledge base, expected verdicts against the rules), and ties each problem back to its model element.
 */
public final class LiveValidation {

    private static Engine engine;

    private LiveValidation() {
    }

    /** Every problem of {@code pack} in its current, possibly unsaved, state; errors first. */
    public static List<Problem> validate(LoadedPack pack) {
        List<PackProblem> found;
        try {
            found = new PackValidator(engine()).validate(pack);
        } catch (RuntimeException e) {
            // A half-edited pack can be more broken than the validator expects: say so instead of failing the editor.
            ILog.of(LiveValidation.class).warn("Validation stopped on an incomplete pack", e); //$NON-NLS-1$
            return List.of(new Problem(PackProblem.Severity.ERROR, "-", "-", //$NON-NLS-1$ //$NON-NLS-2$
                    NLS.bind(Messages.Validation_failed, String.valueOf(e.getMessage())), null));
        }
        List<Problem> result = new ArrayList<>();
        for (PackProblem problem : found) {
            result.add(new Problem(problem.severity(), problem.file(), problem.element(), problem.message(),
                    target(pack, problem.file(), problem.element())));
        }
        return result;
    }

    private static synchronized Engine engine() {
        if (engine == null) {
            engine = Engine.standard();
        }
        return engine;
    }

    private static EObject target(LoadedPack pack, String file, String id) {
        for (Resource resource : pack.pack().eResource().getResourceSet().getResources()) {
            if (file.equals(resource.getURI().lastSegment()) && !resource.getContents().isEmpty()) {
                EObject root = resource.getContents().get(0);
                for (Identified element : ScenarioQuery.identifiedIn(root)) {
                    if (id.equals(element.getId())) {
                        return element;
                    }
                }
                return root;
            }
        }
        return null;
    }
}
