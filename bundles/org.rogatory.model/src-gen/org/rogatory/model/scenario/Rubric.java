/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rubric</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A set of weighted criteria on which a play-through is scored (e.g. legality, timeliness, evidence secured, rights and safeguards, efficiency).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.Rubric#getName <em>Name</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Rubric#getCriteria <em>Criteria</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getRubric()
 * @model
 * @generated
 */
public interface Rubric extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the rubric.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getRubric_Name()
	 * @model required="true"
	 *        annotation="http://rogatory.org/l10n kind='label'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Rubric#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Criterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The criteria, in display order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getRubric_Criteria()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<Criterion> getCriteria();

} // Rubric
