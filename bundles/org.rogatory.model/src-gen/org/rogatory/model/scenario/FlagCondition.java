/**
 */
package org.rogatory.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flag Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * True while the flag is set.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.FlagCondition#getFlag <em>Flag</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getFlagCondition()
 * @model
 * @generated
 */
public interface FlagCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>Flag</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The flag.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flag</em>' reference.
	 * @see #setFlag(Flag)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getFlagCondition_Flag()
	 * @model required="true"
	 * @generated
	 */
	Flag getFlag();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.FlagCondition#getFlag <em>Flag</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flag</em>' reference.
	 * @see #getFlag()
	 * @generated
	 */
	void setFlag(Flag value);

} // FlagCondition
