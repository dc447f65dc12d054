/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A State in the cast with the legal profile the rules depend on: status towards the Convention, declarations and reservations, designated authorities, extradition of nationals and domestic offences. Built-in packs use fictional States so nothing misstates a real country's law.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.State#getCode <em>Code</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.State#getName <em>Name</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.State#isFictional <em>Fictional</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.State#getConventionStatus <em>Convention Status</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.State#getSignatureDate <em>Signature Date</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.State#getRatificationDate <em>Ratification Date</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.State#getEntryIntoForceDate <em>Entry Into Force Date</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.State#getDeclarations <em>Declarations</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.State#getAuthorities <em>Authorities</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.State#getCourts <em>Courts</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.State#getCentralAuthority <em>Central Authority</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.State#getExtraditionAuthority <em>Extradition Authority</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.State#getPointOfContact <em>Point Of Contact</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.State#isExtraditesNationals <em>Extradites Nationals</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.State#getDomesticOffences <em>Domestic Offences</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getState()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='designatedAuthoritiesOwned'"
 * @generated
 */
public interface State extends Identified {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short code shown on maps and in tables, e.g. an ISO 3166 code for a real State.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getState_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.State#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The State's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getState_Name()
	 * @model required="true"
	 *        annotation="http://rogatory.org/l10n kind='label'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.State#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Fictional</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the State is invented; real-State profiles must be kept up to date by their authors.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fictional</em>' attribute.
	 * @see #setFictional(boolean)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getState_Fictional()
	 * @model default="true"
	 * @generated
	 */
	boolean isFictional();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.State#isFictional <em>Fictional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fictional</em>' attribute.
	 * @see #isFictional()
	 * @generated
	 */
	void setFictional(boolean value);

	/**
	 * Returns the value of the '<em><b>Convention Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.ConventionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The State's status towards the Convention at the scenario start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Convention Status</em>' attribute.
	 * @see org.rogatory.model.scenario.ConventionStatus
	 * @see #setConventionStatus(ConventionStatus)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getState_ConventionStatus()
	 * @model
	 * @generated
	 */
	ConventionStatus getConventionStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.State#getConventionStatus <em>Convention Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Convention Status</em>' attribute.
	 * @see org.rogatory.model.scenario.ConventionStatus
	 * @see #getConventionStatus()
	 * @generated
	 */
	void setConventionStatus(ConventionStatus value);

	/**
	 * Returns the value of the '<em><b>Signature Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date the State signed the Convention.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signature Date</em>' attribute.
	 * @see #setSignatureDate(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getState_SignatureDate()
	 * @model dataType="org.rogatory.model.scenario.IsoDate"
	 * @generated
	 */
	String getSignatureDate();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.State#getSignatureDate <em>Signature Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature Date</em>' attribute.
	 * @see #getSignatureDate()
	 * @generated
	 */
	void setSignatureDate(String value);

	/**
	 * Returns the value of the '<em><b>Ratification Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date the State deposited its instrument of ratification, acceptance, approval or accession.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ratification Date</em>' attribute.
	 * @see #setRatificationDate(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getState_RatificationDate()
	 * @model dataType="org.rogatory.model.scenario.IsoDate"
	 * @generated
	 */
	String getRatificationDate();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.State#getRatificationDate <em>Ratification Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ratification Date</em>' attribute.
	 * @see #getRatificationDate()
	 * @generated
	 */
	void setRatificationDate(String value);

	/**
	 * Returns the value of the '<em><b>Entry Into Force Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date the Convention entered into force for the State.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entry Into Force Date</em>' attribute.
	 * @see #setEntryIntoForceDate(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getState_EntryIntoForceDate()
	 * @model dataType="org.rogatory.model.scenario.IsoDate"
	 * @generated
	 */
	String getEntryIntoForceDate();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.State#getEntryIntoForceDate <em>Entry Into Force Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entry Into Force Date</em>' attribute.
	 * @see #getEntryIntoForceDate()
	 * @generated
	 */
	void setEntryIntoForceDate(String value);

	/**
	 * Returns the value of the '<em><b>Declarations</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Declaration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Declarations, reservations and notifications the State has made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Declarations</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getState_Declarations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Declaration> getDeclarations();

	/**
	 * Returns the value of the '<em><b>Authorities</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Authority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The State's public authorities that appear in the pack.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Authorities</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getState_Authorities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Authority> getAuthorities();

	/**
	 * Returns the value of the '<em><b>Courts</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Court}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The State's courts that issue orders or decide on requests.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Courts</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getState_Courts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Court> getCourts();

	/**
	 * Returns the value of the '<em><b>Central Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The authority designated to send, receive and execute mutual legal assistance requests.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Central Authority</em>' reference.
	 * @see #setCentralAuthority(Authority)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getState_CentralAuthority()
	 * @model
	 * @generated
	 */
	Authority getCentralAuthority();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.State#getCentralAuthority <em>Central Authority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Central Authority</em>' reference.
	 * @see #getCentralAuthority()
	 * @generated
	 */
	void setCentralAuthority(Authority value);

	/**
	 * Returns the value of the '<em><b>Extradition Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The authority designated for extradition and provisional arrest requests, if not the central authority.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extradition Authority</em>' reference.
	 * @see #setExtraditionAuthority(Authority)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getState_ExtraditionAuthority()
	 * @model
	 * @generated
	 */
	Authority getExtraditionAuthority();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.State#getExtraditionAuthority <em>Extradition Authority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extradition Authority</em>' reference.
	 * @see #getExtraditionAuthority()
	 * @generated
	 */
	void setExtraditionAuthority(Authority value);

	/**
	 * Returns the value of the '<em><b>Point Of Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The State's 24/7 point of contact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Point Of Contact</em>' reference.
	 * @see #setPointOfContact(Authority)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getState_PointOfContact()
	 * @model
	 * @generated
	 */
	Authority getPointOfContact();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.State#getPointOfContact <em>Point Of Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Point Of Contact</em>' reference.
	 * @see #getPointOfContact()
	 * @generated
	 */
	void setPointOfContact(Authority value);

	/**
	 * Returns the value of the '<em><b>Extradites Nationals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the State's law allows extraditing its own nationals; if not, aut dedere aut judicare applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extradites Nationals</em>' attribute.
	 * @see #setExtraditesNationals(boolean)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getState_ExtraditesNationals()
	 * @model
	 * @generated
	 */
	boolean isExtraditesNationals();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.State#isExtraditesNationals <em>Extradites Nationals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extradites Nationals</em>' attribute.
	 * @see #isExtraditesNationals()
	 * @generated
	 */
	void setExtraditesNationals(boolean value);

	/**
	 * Returns the value of the '<em><b>Domestic Offences</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.DomesticOffence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The State's offences that matter for the pack, by conduct, with maximum penalties.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domestic Offences</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getState_DomesticOffences()
	 * @model containment="true"
	 * @generated
	 */
	EList<DomesticOffence> getDomesticOffences();

} // State
