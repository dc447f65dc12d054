package org.rogatory.model.internal.validation;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.internal.Labels;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioPackage;
import org.rogatory.model.scenario.State;

/**
 * Checks that a scenario only involves States of its cast: every State it refers to, and every authority or court it
 * refers to, belongs to a State in {@code cast}. The engine's rules look up the States of the cast, so a State outside
 * it would silently have no legal profile in the run.
 */
public final class CastCheck {

    private static final PerClass<List<EReference>> CROSS_REFERENCES = new PerClass<>(t -> t.getEAllReferences()
            .stream().filter(r -> !r.isContainment() && !r.isContainer() && r != ScenarioPackage.Literals.SCENARIO__CAST)
            .toList());

    private CastCheck() {
    }

    /**
     * Checks the references of the whole scenario.
     *
     * @param scenario the scenario
     * @param report where findings go
     * @return whether the constraint holds
     */
    public static boolean referencedStatesInCast(Scenario scenario, ConstraintReport report) {
        check(scenario, scenario, report);
        TreeWalk.contents(scenario, object -> check(scenario, object, report));
        return report.satisfied();
    }

    private static void check(Scenario scenario, EObject owner, ConstraintReport report) {
        for (EReference reference : crossReferences(owner.eClass())) {
            // An unset reference has no targets; asking for its value would create an empty list and keep it.
            if (!owner.eIsSet(reference)) {
                continue;
            }
            Object value = owner.eGet(reference, false);
            if (value instanceof EList<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    check(scenario, owner, reference, (EObject) list.get(i), report);
                }
            } else if (value instanceof EObject single) {
                check(scenario, owner, reference, single, report);
            }
        }
    }

    private static void check(Scenario scenario, EObject owner, EReference reference, EObject target,
            ConstraintReport report) {
        if (target.eIsProxy()) {
            return;
        }
        State state = stateOf(target);
        if (state != null && !scenario.getCast().contains(state)) {
            String message = target == state ? Messages.Cast_stateMissing : Messages.Cast_ownerMissing;
            report.error(NLS.bind(message, new Object[] { Labels.of(owner), reference.getName(), Labels.of(target),
                    Labels.of(state), Labels.of(scenario) }), NLS.bind(Messages.Cast_missingHint, Labels.of(state)),
                    owner, reference);
        }
    }

    /** The references of a class that lead out of the containment tree, found once per class. */
    private static List<EReference> crossReferences(EClass type) {
        return CROSS_REFERENCES.of(type);
    }

    private static State stateOf(EObject target) {
        for (EObject current = target; current != null; current = current.eContainer()) {
            if (current instanceof State state) {
                return state;
            }
        }
        return null;
    }
}
