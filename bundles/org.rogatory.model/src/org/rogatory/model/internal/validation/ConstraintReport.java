package org.rogatory.model.internal.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.scenario.util.ScenarioValidator;

/**
 * Collects the findings of one constraint check. It keeps the EMF contract (return {@code false} on a violation, add a
 * diagnostic only when a chain is given) in one place, and makes every message end with how to fix it.
 */
public final class ConstraintReport {

    private final DiagnosticChain chain;
    private final int code;
    private boolean satisfied = true;

    /**
     * Starts a report for one constraint.
     *
     * @param chain where diagnostics go, or {@code null} when only the outcome is wanted
     * @param code the constraint's diagnostic code
     */
    public ConstraintReport(DiagnosticChain chain, int code) {
        this.chain = chain;
        this.code = code;
    }

    /**
     * Records a violation that makes the scenario unusable.
     *
     * @param message what is wrong, naming the element
     * @param hint how to fix it
     * @param object the element to select in an editor
     * @param feature the feature at fault, or {@code null}
     */
    public void error(String message, String hint, EObject object, EStructuralFeature feature) {
        add(Diagnostic.ERROR, message, hint, object, feature);
    }

    /**
     * Records a finding that does not stop a run but is almost certainly an authoring mistake.
     *
     * @param message what is wrong, naming the element
     * @param hint how to fix it
     * @param object the element to select in an editor
     * @param feature the feature at fault, or {@code null}
     */
    public void warning(String message, String hint, EObject object, EStructuralFeature feature) {
        add(Diagnostic.WARNING, message, hint, object, feature);
    }

    /**
     * Gives the outcome in the form the generated validator expects.
     *
     * @return whether the constraint holds
     */
    public boolean satisfied() {
        return satisfied;
    }

    private void add(int severity, String message, String hint, EObject object, EStructuralFeature feature) {
        satisfied = false;
        if (chain != null) {
            List<Object> data = new ArrayList<>(2);
            data.add(object);
            if (feature != null) {
                data.add(feature);
            }
            chain.add(new BasicDiagnostic(severity, ScenarioValidator.DIAGNOSTIC_SOURCE, code,
                    NLS.bind(Messages.Constraint_withFix, message, hint), data.toArray()));
        }
    }
}
