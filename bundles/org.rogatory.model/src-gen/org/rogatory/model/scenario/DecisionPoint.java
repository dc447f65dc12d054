/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A moment of choice: a narrative and the actions available. Decision points open through actions (next) or consequences and stay open until closed or the scenario ends.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.DecisionPoint#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.DecisionPoint#getNarrative <em>Narrative</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.DecisionPoint#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getDecisionPoint()
 * @model
 * @generated
 */
public interface DecisionPoint extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short title shown in the case file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getDecisionPoint_Title()
	 * @model required="true"
	 *        annotation="http://rogatory.org/l10n kind='label'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.DecisionPoint#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the trainee learns at this point.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Narrative</em>' attribute.
	 * @see #setNarrative(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getDecisionPoint_Narrative()
	 * @model required="true"
	 *        annotation="http://rogatory.org/l10n kind='text'"
	 * @generated
	 */
	String getNarrative();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.DecisionPoint#getNarrative <em>Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Narrative</em>' attribute.
	 * @see #getNarrative()
	 * @generated
	 */
	void setNarrative(String value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The actions offered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getDecisionPoint_Actions()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<Action> getActions();

} // DecisionPoint
