/**
 */
package org.rogatory.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>End Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ends the scenario, e.g. the suspect is surrendered.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.EndScenario#getEpilogue <em>Epilogue</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getEndScenario()
 * @model
 * @generated
 */
public interface EndScenario extends Consequence, Identified {
	/**
	 * Returns the value of the '<em><b>Epilogue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the trainee reads at the end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Epilogue</em>' attribute.
	 * @see #setEpilogue(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getEndScenario_Epilogue()
	 * @model annotation="http://rogatory.org/l10n kind='text'"
	 * @generated
	 */
	String getEpilogue();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.EndScenario#getEpilogue <em>Epilogue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epilogue</em>' attribute.
	 * @see #getEpilogue()
	 * @generated
	 */
	void setEpilogue(String value);

} // EndScenario
