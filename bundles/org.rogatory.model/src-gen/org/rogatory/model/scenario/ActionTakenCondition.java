/**
 */
package org.rogatory.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action Taken Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * True once the trainee has taken the action.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.ActionTakenCondition#getAction <em>Action</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getActionTakenCondition()
 * @model
 * @generated
 */
public interface ActionTakenCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The action.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action</em>' reference.
	 * @see #setAction(Action)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getActionTakenCondition_Action()
	 * @model required="true"
	 * @generated
	 */
	Action getAction();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.ActionTakenCondition#getAction <em>Action</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' reference.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(Action value);

} // ActionTakenCondition
