/**
 */
package org.rogatory.treaty.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instrument</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A choice a trainee can make in a case: a Convention measure, a decision, or a forbidden or baseless action. Its key is a stable kebab-case name of the measure. The scenario model's Instrument literals map to these keys in one table in code (org.rogatory.treaty.ScenarioVocabulary), because several literals share one measure and the requested side's responses have none. It gathers what the engine needs to judge the choice: articles, scope, dual criminality, channels, request contents, refusal grounds and the Budapest counterpart.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getKey <em>Key</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getLevel <em>Level</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getGoverningArticles <em>Governing Articles</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getGoverningProvisions <em>Governing Provisions</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getScope <em>Scope</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getScopeStatus <em>Scope Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getDualCriminality <em>Dual Criminality</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getDualCriminalityStatus <em>Dual Criminality Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getChannelUses <em>Channel Uses</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getRequestContents <em>Request Contents</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getRefusalGrounds <em>Refusal Grounds</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#isRefusalListClosed <em>Refusal List Closed</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getBudapestCounterpart <em>Budapest Counterpart</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getScopeProvision <em>Scope Provision</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getDualCriminalityProvision <em>Dual Criminality Provision</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getFacts <em>Facts</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Instrument#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument()
 * @model
 * @generated
 */
public interface Instrument extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_Key()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Instrument#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Instrument#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.treaty.model.InstrumentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.rogatory.treaty.model.InstrumentKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(InstrumentKind)
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_Kind()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	InstrumentKind getKind();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Instrument#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.rogatory.treaty.model.InstrumentKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InstrumentKind value);

	/**
	 * Unsets the value of the '{@link org.rogatory.treaty.model.Instrument#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(InstrumentKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.Instrument#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(InstrumentKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.treaty.model.InstrumentLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.rogatory.treaty.model.InstrumentLevel
	 * @see #isSetLevel()
	 * @see #unsetLevel()
	 * @see #setLevel(InstrumentLevel)
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_Level()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	InstrumentLevel getLevel();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Instrument#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.rogatory.treaty.model.InstrumentLevel
	 * @see #isSetLevel()
	 * @see #unsetLevel()
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(InstrumentLevel value);

	/**
	 * Unsets the value of the '{@link org.rogatory.treaty.model.Instrument#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLevel()
	 * @see #getLevel()
	 * @see #setLevel(InstrumentLevel)
	 * @generated
	 */
	void unsetLevel();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.Instrument#getLevel <em>Level</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Level</em>' attribute is set.
	 * @see #unsetLevel()
	 * @see #getLevel()
	 * @see #setLevel(InstrumentLevel)
	 * @generated
	 */
	boolean isSetLevel();

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_Summary()
	 * @model required="true"
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Instrument#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Governing Articles</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.treaty.model.Article}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Governing Articles</em>' reference list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_GoverningArticles()
	 * @model
	 * @generated
	 */
	EList<Article> getGoverningArticles();

	/**
	 * Returns the value of the '<em><b>Governing Provisions</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.treaty.model.Provision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Governing Provisions</em>' reference list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_GoverningProvisions()
	 * @model
	 * @generated
	 */
	EList<Provision> getGoverningProvisions();

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.treaty.model.ScopeRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see org.rogatory.treaty.model.ScopeRule
	 * @see #isSetScope()
	 * @see #unsetScope()
	 * @see #setScope(ScopeRule)
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_Scope()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	ScopeRule getScope();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Instrument#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see org.rogatory.treaty.model.ScopeRule
	 * @see #isSetScope()
	 * @see #unsetScope()
	 * @see #getScope()
	 * @generated
	 */
	void setScope(ScopeRule value);

	/**
	 * Unsets the value of the '{@link org.rogatory.treaty.model.Instrument#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetScope()
	 * @see #getScope()
	 * @see #setScope(ScopeRule)
	 * @generated
	 */
	void unsetScope();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.Instrument#getScope <em>Scope</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Scope</em>' attribute is set.
	 * @see #unsetScope()
	 * @see #getScope()
	 * @see #setScope(ScopeRule)
	 * @generated
	 */
	boolean isSetScope();

	/**
	 * Returns the value of the '<em><b>Scope Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.treaty.model.VerificationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetScopeStatus()
	 * @see #unsetScopeStatus()
	 * @see #setScopeStatus(VerificationStatus)
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_ScopeStatus()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	VerificationStatus getScopeStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Instrument#getScopeStatus <em>Scope Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetScopeStatus()
	 * @see #unsetScopeStatus()
	 * @see #getScopeStatus()
	 * @generated
	 */
	void setScopeStatus(VerificationStatus value);

	/**
	 * Unsets the value of the '{@link org.rogatory.treaty.model.Instrument#getScopeStatus <em>Scope Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetScopeStatus()
	 * @see #getScopeStatus()
	 * @see #setScopeStatus(VerificationStatus)
	 * @generated
	 */
	void unsetScopeStatus();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.Instrument#getScopeStatus <em>Scope Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Scope Status</em>' attribute is set.
	 * @see #unsetScopeStatus()
	 * @see #getScopeStatus()
	 * @see #setScopeStatus(VerificationStatus)
	 * @generated
	 */
	boolean isSetScopeStatus();

	/**
	 * Returns the value of the '<em><b>Dual Criminality</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.treaty.model.DualCriminalityRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dual Criminality</em>' attribute.
	 * @see org.rogatory.treaty.model.DualCriminalityRule
	 * @see #isSetDualCriminality()
	 * @see #unsetDualCriminality()
	 * @see #setDualCriminality(DualCriminalityRule)
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_DualCriminality()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	DualCriminalityRule getDualCriminality();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Instrument#getDualCriminality <em>Dual Criminality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dual Criminality</em>' attribute.
	 * @see org.rogatory.treaty.model.DualCriminalityRule
	 * @see #isSetDualCriminality()
	 * @see #unsetDualCriminality()
	 * @see #getDualCriminality()
	 * @generated
	 */
	void setDualCriminality(DualCriminalityRule value);

	/**
	 * Unsets the value of the '{@link org.rogatory.treaty.model.Instrument#getDualCriminality <em>Dual Criminality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDualCriminality()
	 * @see #getDualCriminality()
	 * @see #setDualCriminality(DualCriminalityRule)
	 * @generated
	 */
	void unsetDualCriminality();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.Instrument#getDualCriminality <em>Dual Criminality</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Dual Criminality</em>' attribute is set.
	 * @see #unsetDualCriminality()
	 * @see #getDualCriminality()
	 * @see #setDualCriminality(DualCriminalityRule)
	 * @generated
	 */
	boolean isSetDualCriminality();

	/**
	 * Returns the value of the '<em><b>Dual Criminality Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.treaty.model.VerificationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dual Criminality Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetDualCriminalityStatus()
	 * @see #unsetDualCriminalityStatus()
	 * @see #setDualCriminalityStatus(VerificationStatus)
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_DualCriminalityStatus()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	VerificationStatus getDualCriminalityStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Instrument#getDualCriminalityStatus <em>Dual Criminality Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dual Criminality Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetDualCriminalityStatus()
	 * @see #unsetDualCriminalityStatus()
	 * @see #getDualCriminalityStatus()
	 * @generated
	 */
	void setDualCriminalityStatus(VerificationStatus value);

	/**
	 * Unsets the value of the '{@link org.rogatory.treaty.model.Instrument#getDualCriminalityStatus <em>Dual Criminality Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDualCriminalityStatus()
	 * @see #getDualCriminalityStatus()
	 * @see #setDualCriminalityStatus(VerificationStatus)
	 * @generated
	 */
	void unsetDualCriminalityStatus();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.Instrument#getDualCriminalityStatus <em>Dual Criminality Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Dual Criminality Status</em>' attribute is set.
	 * @see #unsetDualCriminalityStatus()
	 * @see #getDualCriminalityStatus()
	 * @see #setDualCriminalityStatus(VerificationStatus)
	 * @generated
	 */
	boolean isSetDualCriminalityStatus();

	/**
	 * Returns the value of the '<em><b>Channel Uses</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.treaty.model.ChannelUse}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel Uses</em>' containment reference list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_ChannelUses()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChannelUse> getChannelUses();

	/**
	 * Returns the value of the '<em><b>Request Contents</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Request Contents</em>' reference.
	 * @see #setRequestContents(RequestContentSet)
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_RequestContents()
	 * @model
	 * @generated
	 */
	RequestContentSet getRequestContents();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Instrument#getRequestContents <em>Request Contents</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request Contents</em>' reference.
	 * @see #getRequestContents()
	 * @generated
	 */
	void setRequestContents(RequestContentSet value);

	/**
	 * Returns the value of the '<em><b>Refusal Grounds</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.treaty.model.RefusalGround}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Refusal Grounds</em>' reference list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_RefusalGrounds()
	 * @model
	 * @generated
	 */
	EList<RefusalGround> getRefusalGrounds();

	/**
	 * Returns the value of the '<em><b>Refusal List Closed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True where the listed grounds are the only ones allowed (international preservation, disclosure of preserved traffic data).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Refusal List Closed</em>' attribute.
	 * @see #setRefusalListClosed(boolean)
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_RefusalListClosed()
	 * @model
	 * @generated
	 */
	boolean isRefusalListClosed();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Instrument#isRefusalListClosed <em>Refusal List Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Refusal List Closed</em>' attribute.
	 * @see #isRefusalListClosed()
	 * @generated
	 */
	void setRefusalListClosed(boolean value);

	/**
	 * Returns the value of the '<em><b>Budapest Counterpart</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Empty where the notes say nothing about a counterpart. A counterpart with no Budapest articles means the notes say there is none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budapest Counterpart</em>' reference.
	 * @see #setBudapestCounterpart(BudapestCounterpart)
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_BudapestCounterpart()
	 * @model
	 * @generated
	 */
	BudapestCounterpart getBudapestCounterpart();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Instrument#getBudapestCounterpart <em>Budapest Counterpart</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budapest Counterpart</em>' reference.
	 * @see #getBudapestCounterpart()
	 * @generated
	 */
	void setBudapestCounterpart(BudapestCounterpart value);

	/**
	 * Returns the value of the '<em><b>Scope Provision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provision that states the instrument's scope, so the scope rule is cited where the notes put it (Art 35 for cooperation, Art 23 for domestic powers). Empty: the instrument's first governing provision is cited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope Provision</em>' reference.
	 * @see #setScopeProvision(Provision)
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_ScopeProvision()
	 * @model
	 * @generated
	 */
	Provision getScopeProvision();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Instrument#getScopeProvision <em>Scope Provision</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope Provision</em>' reference.
	 * @see #getScopeProvision()
	 * @generated
	 */
	void setScopeProvision(Provision value);

	/**
	 * Returns the value of the '<em><b>Dual Criminality Provision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provision that states the instrument's dual-criminality rule, so that rule is cited where it is made. Empty: the instrument's first governing provision is cited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dual Criminality Provision</em>' reference.
	 * @see #setDualCriminalityProvision(Provision)
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_DualCriminalityProvision()
	 * @model
	 * @generated
	 */
	Provision getDualCriminalityProvision();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Instrument#getDualCriminalityProvision <em>Dual Criminality Provision</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dual Criminality Provision</em>' reference.
	 * @see #getDualCriminalityProvision()
	 * @generated
	 */
	void setDualCriminalityProvision(Provision value);

	/**
	 * Returns the value of the '<em><b>Facts</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.treaty.model.Fact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The thresholds and rules that apply whenever the instrument is used. Kept in the data so that the rules between two States need no table of their own in code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Facts</em>' reference list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_Facts()
	 * @model
	 * @generated
	 */
	EList<Fact> getFacts();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.treaty.model.VerificationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weakest status among the instrument's article, scope and key rules.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #setStatus(VerificationStatus)
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_Status()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	VerificationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Instrument#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(VerificationStatus value);

	/**
	 * Unsets the value of the '{@link org.rogatory.treaty.model.Instrument#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatus()
	 * @see #getStatus()
	 * @see #setStatus(VerificationStatus)
	 * @generated
	 */
	void unsetStatus();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.Instrument#getStatus <em>Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Status</em>' attribute is set.
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @see #setStatus(VerificationStatus)
	 * @generated
	 */
	boolean isSetStatus();

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getInstrument_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Instrument#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // Instrument
