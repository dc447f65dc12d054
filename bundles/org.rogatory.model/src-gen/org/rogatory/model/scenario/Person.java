/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A natural or legal person in the case, with nationality and whereabouts (which decide extradition and jurisdiction).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.Person#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Person#getNationalities <em>Nationalities</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Person#getLocation <em>Location</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Person#isLegalPerson <em>Legal Person</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends Actor {
	/**
	 * Returns the value of the '<em><b>Roles</b></em>' attribute list.
	 * The list contents are of type {@link org.rogatory.model.scenario.PersonRole}.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.PersonRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The parts the person plays (e.g. both victim and witness).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' attribute list.
	 * @see org.rogatory.model.scenario.PersonRole
	 * @see org.rogatory.model.scenario.ScenarioPackage#getPerson_Roles()
	 * @model required="true"
	 * @generated
	 */
	EList<PersonRole> getRoles();

	/**
	 * Returns the value of the '<em><b>Nationalities</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.State}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The States whose nationality the person has.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nationalities</em>' reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getPerson_Nationalities()
	 * @model
	 * @generated
	 */
	EList<State> getNationalities();

	/**
	 * Returns the value of the '<em><b>Location</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the person is at the scenario start; unset while unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' reference.
	 * @see #setLocation(State)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getPerson_Location()
	 * @model
	 * @generated
	 */
	State getLocation();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Person#getLocation <em>Location</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' reference.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(State value);

	/**
	 * Returns the value of the '<em><b>Legal Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this is a legal person (company, hospital) rather than a human.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legal Person</em>' attribute.
	 * @see #setLegalPerson(boolean)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getPerson_LegalPerson()
	 * @model
	 * @generated
	 */
	boolean isLegalPerson();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Person#isLegalPerson <em>Legal Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Person</em>' attribute.
	 * @see #isLegalPerson()
	 * @generated
	 */
	void setLegalPerson(boolean value);

} // Person
