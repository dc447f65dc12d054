/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A small, data-driven test of the simulation state (no expression language), used for timed events, conditional consequences and action availability.
 * <!-- end-model-doc -->
 *
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getCondition()
 * @model abstract="true"
 * @generated
 */
public interface Condition extends EObject {
} // Condition
