/**
 */
package org.rogatory.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Set Flag</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Sets or clears a flag.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.SetFlag#getFlag <em>Flag</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.SetFlag#isValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getSetFlag()
 * @model
 * @generated
 */
public interface SetFlag extends Consequence {
	/**
	 * Returns the value of the '<em><b>Flag</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The flag.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flag</em>' reference.
	 * @see #setFlag(Flag)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getSetFlag_Flag()
	 * @model required="true"
	 * @generated
	 */
	Flag getFlag();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.SetFlag#getFlag <em>Flag</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flag</em>' reference.
	 * @see #getFlag()
	 * @generated
	 */
	void setFlag(Flag value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The new value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(boolean)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getSetFlag_Value()
	 * @model default="true"
	 * @generated
	 */
	boolean isValue();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.SetFlag#isValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #isValue()
	 * @generated
	 */
	void setValue(boolean value);

} // SetFlag
