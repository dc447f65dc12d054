/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Offence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An offence under investigation, characterised by one conduct. The conduct links it to a Convention offence (if any) and to each State's domestic offence and penalty.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.Offence#getName <em>Name</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Offence#getFacts <em>Facts</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Offence#getConduct <em>Conduct</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Offence#getCommittedIn <em>Committed In</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Offence#getSuspects <em>Suspects</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getOffence()
 * @model
 * @generated
 */
public interface Offence extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short name shown to the trainee.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getOffence_Name()
	 * @model required="true"
	 *        annotation="http://rogatory.org/l10n kind='label'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Offence#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Facts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Brief summary of the facts, as a request would state them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Facts</em>' attribute.
	 * @see #setFacts(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getOffence_Facts()
	 * @model annotation="http://rogatory.org/l10n kind='text'"
	 * @generated
	 */
	String getFacts();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Offence#getFacts <em>Facts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Facts</em>' attribute.
	 * @see #getFacts()
	 * @generated
	 */
	void setFacts(String value);

	/**
	 * Returns the value of the '<em><b>Conduct</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The conduct category the offence consists of.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conduct</em>' reference.
	 * @see #setConduct(Conduct)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getOffence_Conduct()
	 * @model required="true"
	 * @generated
	 */
	Conduct getConduct();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Offence#getConduct <em>Conduct</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conduct</em>' reference.
	 * @see #getConduct()
	 * @generated
	 */
	void setConduct(Conduct value);

	/**
	 * Returns the value of the '<em><b>Committed In</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.State}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The States where it was committed (territorial jurisdiction).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Committed In</em>' reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getOffence_CommittedIn()
	 * @model
	 * @generated
	 */
	EList<State> getCommittedIn();

	/**
	 * Returns the value of the '<em><b>Suspects</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The persons suspected of it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Suspects</em>' reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getOffence_Suspects()
	 * @model
	 * @generated
	 */
	EList<Person> getSuspects();

} // Offence
