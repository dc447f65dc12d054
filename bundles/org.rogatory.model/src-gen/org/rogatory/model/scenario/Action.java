/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An option the trainee can take: an instrument with its parameters, the time it costs, what it causes and which decision points it opens. The engine evaluates it against the Convention and the States involved; the author may add case-specific feedback.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.Action#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getTargetState <em>Target State</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getAddressee <em>Addressee</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getInvokedArticles <em>Invoked Articles</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getRequestElements <em>Request Elements</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#isTraineeDrafts <em>Trainee Drafts</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getOffences <em>Offences</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getDataItems <em>Data Items</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getAssets <em>Assets</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getPersons <em>Persons</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getUrgency <em>Urgency</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getGrounds <em>Grounds</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getCost <em>Cost</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#isRepeatable <em>Repeatable</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getAvailableWhen <em>Available When</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getConsequences <em>Consequences</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getNext <em>Next</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Action#getFeedback <em>Feedback</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getAction()
 * @model
 * @generated
 */
public interface Action extends Identified {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the option says, e.g. 'Ask State B's 24/7 point of contact to preserve the logs'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_Label()
	 * @model required="true"
	 *        annotation="http://rogatory.org/l10n kind='label'"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Action#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Details shown before the trainee confirms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_Description()
	 * @model annotation="http://rogatory.org/l10n kind='text'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Action#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Instrument</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.Instrument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The measure or choice the action uses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instrument</em>' attribute.
	 * @see org.rogatory.model.scenario.Instrument
	 * @see #setInstrument(Instrument)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_Instrument()
	 * @model
	 * @generated
	 */
	Instrument getInstrument();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Action#getInstrument <em>Instrument</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument</em>' attribute.
	 * @see org.rogatory.model.scenario.Instrument
	 * @see #getInstrument()
	 * @generated
	 */
	void setInstrument(Instrument value);

	/**
	 * Returns the value of the '<em><b>Target State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The State asked to act, or in whose territory the action takes effect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target State</em>' reference.
	 * @see #setTargetState(State)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_TargetState()
	 * @model
	 * @generated
	 */
	State getTargetState();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Action#getTargetState <em>Target State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target State</em>' reference.
	 * @see #getTargetState()
	 * @generated
	 */
	void setTargetState(State value);

	/**
	 * Returns the value of the '<em><b>Addressee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The body addressed (a provider, a court, a foreign authority), if specific.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addressee</em>' reference.
	 * @see #setAddressee(Actor)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_Addressee()
	 * @model
	 * @generated
	 */
	Actor getAddressee();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Action#getAddressee <em>Addressee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressee</em>' reference.
	 * @see #getAddressee()
	 * @generated
	 */
	void setAddressee(Actor value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channel used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.rogatory.model.scenario.Channel
	 * @see #setChannel(Channel)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Action#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.rogatory.model.scenario.Channel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Legal Basis</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.LegalBasis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The legal basis invoked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legal Basis</em>' attribute.
	 * @see org.rogatory.model.scenario.LegalBasis
	 * @see #setLegalBasis(LegalBasis)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_LegalBasis()
	 * @model
	 * @generated
	 */
	LegalBasis getLegalBasis();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Action#getLegalBasis <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Basis</em>' attribute.
	 * @see org.rogatory.model.scenario.LegalBasis
	 * @see #getLegalBasis()
	 * @generated
	 */
	void setLegalBasis(LegalBasis value);

	/**
	 * Returns the value of the '<em><b>Invoked Articles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Articles the request invokes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Invoked Articles</em>' attribute list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_InvokedArticles()
	 * @model dataType="org.rogatory.model.scenario.Citation"
	 * @generated
	 */
	EList<String> getInvokedArticles();

	/**
	 * Returns the value of the '<em><b>Request Elements</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the request contains, as knowledge-base keys (e.g. 'requesting-authority', 'offence-and-facts', 'data-and-link-to-offence', 'custodian-or-location', 'necessity', 'intent-to-submit-mla'). When the trainee drafts, these are the pre-filled elements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Request Elements</em>' attribute list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_RequestElements()
	 * @model dataType="org.rogatory.model.scenario.Key"
	 * @generated
	 */
	EList<String> getRequestElements();

	/**
	 * Returns the value of the '<em><b>Trainee Drafts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the trainee composes the request contents; the engine then scores the elements actually sent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trainee Drafts</em>' attribute.
	 * @see #setTraineeDrafts(boolean)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_TraineeDrafts()
	 * @model
	 * @generated
	 */
	boolean isTraineeDrafts();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Action#isTraineeDrafts <em>Trainee Drafts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trainee Drafts</em>' attribute.
	 * @see #isTraineeDrafts()
	 * @generated
	 */
	void setTraineeDrafts(boolean value);

	/**
	 * Returns the value of the '<em><b>Offences</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Offence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The offences the action concerns (dual criminality, thresholds).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offences</em>' reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_Offences()
	 * @model
	 * @generated
	 */
	EList<Offence> getOffences();

	/**
	 * Returns the value of the '<em><b>Data Items</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.DataItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data items the action concerns.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Items</em>' reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_DataItems()
	 * @model
	 * @generated
	 */
	EList<DataItem> getDataItems();

	/**
	 * Returns the value of the '<em><b>Assets</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Asset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The assets the action concerns.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assets</em>' reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_Assets()
	 * @model
	 * @generated
	 */
	EList<Asset> getAssets();

	/**
	 * Returns the value of the '<em><b>Persons</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The persons the action concerns (suspect to extradite, witness to hear).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Persons</em>' reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_Persons()
	 * @model
	 * @generated
	 */
	EList<Person> getPersons();

	/**
	 * Returns the value of the '<em><b>Urgency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.Urgency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How urgently the action is pursued.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Urgency</em>' attribute.
	 * @see org.rogatory.model.scenario.Urgency
	 * @see #setUrgency(Urgency)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_Urgency()
	 * @model
	 * @generated
	 */
	Urgency getUrgency();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Action#getUrgency <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Urgency</em>' attribute.
	 * @see org.rogatory.model.scenario.Urgency
	 * @see #getUrgency()
	 * @generated
	 */
	void setUrgency(Urgency value);

	/**
	 * Returns the value of the '<em><b>Grounds</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For refusals and postponements on the requested side: the grounds invoked, as knowledge-base keys.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grounds</em>' attribute list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_Grounds()
	 * @model dataType="org.rogatory.model.scenario.Key"
	 * @generated
	 */
	EList<String> getGrounds();

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Simulated minutes the action takes before its consequences start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(int)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_Cost()
	 * @model dataType="org.rogatory.model.scenario.Minutes"
	 * @generated
	 */
	int getCost();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Action#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(int value);

	/**
	 * Returns the value of the '<em><b>Repeatable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the action stays available after it is taken (e.g. WAIT).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Repeatable</em>' attribute.
	 * @see #setRepeatable(boolean)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_Repeatable()
	 * @model
	 * @generated
	 */
	boolean isRepeatable();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Action#isRepeatable <em>Repeatable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repeatable</em>' attribute.
	 * @see #isRepeatable()
	 * @generated
	 */
	void setRepeatable(boolean value);

	/**
	 * Returns the value of the '<em><b>Available When</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The action is offered only while this holds; unset: always.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Available When</em>' containment reference.
	 * @see #setAvailableWhen(Condition)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_AvailableWhen()
	 * @model containment="true"
	 * @generated
	 */
	Condition getAvailableWhen();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Action#getAvailableWhen <em>Available When</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Available When</em>' containment reference.
	 * @see #getAvailableWhen()
	 * @generated
	 */
	void setAvailableWhen(Condition value);

	/**
	 * Returns the value of the '<em><b>Consequences</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Consequence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the action causes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Consequences</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_Consequences()
	 * @model containment="true"
	 * @generated
	 */
	EList<Consequence> getConsequences();

	/**
	 * Returns the value of the '<em><b>Next</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.DecisionPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decision points that open once the action is taken.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Next</em>' reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_Next()
	 * @model
	 * @generated
	 */
	EList<DecisionPoint> getNext();

	/**
	 * Returns the value of the '<em><b>Feedback</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Case-specific feedback the author adds to the engine's evaluation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feedback</em>' containment reference.
	 * @see #setFeedback(Feedback)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAction_Feedback()
	 * @model containment="true"
	 * @generated
	 */
	Feedback getFeedback();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Action#getFeedback <em>Feedback</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feedback</em>' containment reference.
	 * @see #getFeedback()
	 * @generated
	 */
	void setFeedback(Feedback value);

} // Action
