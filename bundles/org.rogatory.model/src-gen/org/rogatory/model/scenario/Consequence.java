/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consequence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A change to the simulation caused by an action or a timed event.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.Consequence#getDelay <em>Delay</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Consequence#getOnlyIf <em>Only If</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getConsequence()
 * @model abstract="true"
 * @generated
 */
public interface Consequence extends EObject {
	/**
	 * Returns the value of the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minutes after the action's time cost has elapsed (or after the event fires) at which this takes effect, e.g. a response that arrives ten days later.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delay</em>' attribute.
	 * @see #setDelay(int)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getConsequence_Delay()
	 * @model dataType="org.rogatory.model.scenario.Minutes"
	 * @generated
	 */
	int getDelay();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Consequence#getDelay <em>Delay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delay</em>' attribute.
	 * @see #getDelay()
	 * @generated
	 */
	void setDelay(int value);

	/**
	 * Returns the value of the '<em><b>Only If</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Takes effect only if this condition holds when it falls due; unset: always.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Only If</em>' containment reference.
	 * @see #setOnlyIf(Condition)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getConsequence_OnlyIf()
	 * @model containment="true"
	 * @generated
	 */
	Condition getOnlyIf();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Consequence#getOnlyIf <em>Only If</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Only If</em>' containment reference.
	 * @see #getOnlyIf()
	 * @generated
	 */
	void setOnlyIf(Condition value);

} // Consequence
