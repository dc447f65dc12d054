/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something the case needs to secure before it is lost: a data item or an asset.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.Evidence#getName <em>Name</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Evidence#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Evidence#getHolder <em>Holder</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Evidence#getLocation <em>Location</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Evidence#getRelatedOffences <em>Related Offences</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getEvidence()
 * @model abstract="true"
 * @generated
 */
public interface Evidence extends Discoverable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short name shown to the trainee, e.g. 'Server access logs'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getEvidence_Name()
	 * @model required="true"
	 *        annotation="http://rogatory.org/l10n kind='label'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Evidence#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it is and why it matters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getEvidence_Description()
	 * @model annotation="http://rogatory.org/l10n kind='text'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Evidence#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Holder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who holds it (usually a service provider; a person for a device). Unset: unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Holder</em>' reference.
	 * @see #setHolder(Actor)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getEvidence_Holder()
	 * @model
	 * @generated
	 */
	Actor getHolder();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Evidence#getHolder <em>Holder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Holder</em>' reference.
	 * @see #getHolder()
	 * @generated
	 */
	void setHolder(Actor value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The State where it is stored or located; unset while unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' reference.
	 * @see #setLocation(State)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getEvidence_Location()
	 * @model
	 * @generated
	 */
	State getLocation();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Evidence#getLocation <em>Location</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' reference.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(State value);

	/**
	 * Returns the value of the '<em><b>Related Offences</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Offence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The offences it relates to: a preservation request must state the data's relationship to the offence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Related Offences</em>' reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getEvidence_RelatedOffences()
	 * @model
	 * @generated
	 */
	EList<Offence> getRelatedOffences();

} // Evidence
