/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reveal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * New evidence or actors come to light, e.g. preserved traffic data shows a provider in a third State.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.Reveal#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getReveal()
 * @model
 * @generated
 */
public interface Reveal extends Consequence {
	/**
	 * Returns the value of the '<em><b>Targets</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Discoverable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What becomes known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets</em>' reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getReveal_Targets()
	 * @model required="true"
	 * @generated
	 */
	EList<Discoverable> getTargets();

} // Reveal
