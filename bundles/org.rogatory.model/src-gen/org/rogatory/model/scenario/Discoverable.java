/**
 */
package org.rogatory.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Discoverable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something the trainee may not know about at the start and can discover (a hidden provider, a suspect, a data item).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.Discoverable#isKnownAtStart <em>Known At Start</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getDiscoverable()
 * @model abstract="true"
 * @generated
 */
public interface Discoverable extends Identified {
	/**
	 * Returns the value of the '<em><b>Known At Start</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the trainee knows about it when the scenario starts; otherwise a Reveal consequence uncovers it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Known At Start</em>' attribute.
	 * @see #setKnownAtStart(boolean)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getDiscoverable_KnownAtStart()
	 * @model default="true"
	 * @generated
	 */
	boolean isKnownAtStart();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Discoverable#isKnownAtStart <em>Known At Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Known At Start</em>' attribute.
	 * @see #isKnownAtStart()
	 * @generated
	 */
	void setKnownAtStart(boolean value);

} // Discoverable
