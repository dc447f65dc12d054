/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Close Decision Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Closes decision points whose moment has passed (e.g. the suspect has left).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.CloseDecisionPoint#getDecisionPoints <em>Decision Points</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getCloseDecisionPoint()
 * @model
 * @generated
 */
public interface CloseDecisionPoint extends Consequence {
	/**
	 * Returns the value of the '<em><b>Decision Points</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.DecisionPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The decision points to close.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision Points</em>' reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getCloseDecisionPoint_DecisionPoints()
	 * @model required="true"
	 * @generated
	 */
	EList<DecisionPoint> getDecisionPoints();

} // CloseDecisionPoint
