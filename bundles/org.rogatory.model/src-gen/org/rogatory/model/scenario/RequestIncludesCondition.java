/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Request Includes Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * True once the action has been taken with a request that contained all the given elements; lets the story react to drafting (e.g. the requested State asks for the missing facts).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.RequestIncludesCondition#getAction <em>Action</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.RequestIncludesCondition#getElements <em>Elements</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getRequestIncludesCondition()
 * @model
 * @generated
 */
public interface RequestIncludesCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The action whose request is tested.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action</em>' reference.
	 * @see #setAction(Action)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getRequestIncludesCondition_Action()
	 * @model required="true"
	 * @generated
	 */
	Action getAction();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.RequestIncludesCondition#getAction <em>Action</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' reference.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(Action value);

	/**
	 * Returns the value of the '<em><b>Elements</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The request elements that must have been included.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Elements</em>' attribute list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getRequestIncludesCondition_Elements()
	 * @model dataType="org.rogatory.model.scenario.Key" required="true"
	 * @generated
	 */
	EList<String> getElements();

} // RequestIncludesCondition
