/**
 */
package org.rogatory.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Time Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * True once the simulated clock has reached the given minute.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.TimeCondition#getAfter <em>After</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getTimeCondition()
 * @model
 * @generated
 */
public interface TimeCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The minute.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>After</em>' attribute.
	 * @see #setAfter(int)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getTimeCondition_After()
	 * @model dataType="org.rogatory.model.scenario.Minutes"
	 * @generated
	 */
	int getAfter();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.TimeCondition#getAfter <em>After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>After</em>' attribute.
	 * @see #getAfter()
	 * @generated
	 */
	void setAfter(int value);

} // TimeCondition
