/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Open Decision Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Opens decision points later or under a condition (for immediate branching use Action.next).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.OpenDecisionPoint#getDecisionPoints <em>Decision Points</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getOpenDecisionPoint()
 * @model
 * @generated
 */
public interface OpenDecisionPoint extends Consequence {
	/**
	 * Returns the value of the '<em><b>Decision Points</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.DecisionPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The decision points to open.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision Points</em>' reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getOpenDecisionPoint_DecisionPoints()
	 * @model required="true"
	 * @generated
	 */
	EList<DecisionPoint> getDecisionPoints();

} // OpenDecisionPoint
