/**
 */
package org.rogatory.model.scenario.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Actor;
import org.rogatory.model.scenario.Asset;
import org.rogatory.model.scenario.Channel;
import org.rogatory.model.scenario.Condition;
import org.rogatory.model.scenario.Consequence;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Feedback;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.LegalBasis;
import org.rogatory.model.scenario.Offence;
import org.rogatory.model.scenario.Person;
import org.rogatory.model.scenario.ScenarioPackage;
import org.rogatory.model.scenario.State;
import org.rogatory.model.scenario.Urgency;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getTargetState <em>Target State</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getAddressee <em>Addressee</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getInvokedArticles <em>Invoked Articles</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getRequestElements <em>Request Elements</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#isTraineeDrafts <em>Trainee Drafts</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getOffences <em>Offences</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getDataItems <em>Data Items</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getAssets <em>Assets</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getPersons <em>Persons</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getUrgency <em>Urgency</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getGrounds <em>Grounds</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getCost <em>Cost</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#isRepeatable <em>Repeatable</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getAvailableWhen <em>Available When</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getConsequences <em>Consequences</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getNext <em>Next</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ActionImpl#getFeedback <em>Feedback</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActionImpl extends IdentifiedImpl implements Action {
	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstrument() <em>Instrument</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrument()
	 * @generated
	 * @ordered
	 */
	protected static final Instrument INSTRUMENT_EDEFAULT = Instrument.OTHER;

	/**
	 * The cached value of the '{@link #getInstrument() <em>Instrument</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrument()
	 * @generated
	 * @ordered
	 */
	protected Instrument instrument = INSTRUMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargetState() <em>Target State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetState()
	 * @generated
	 * @ordered
	 */
	protected State targetState;

	/**
	 * The cached value of the '{@link #getAddressee() <em>Addressee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressee()
	 * @generated
	 * @ordered
	 */
	protected Actor addressee;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final Channel CHANNEL_EDEFAULT = Channel.NONE;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected Channel channel = CHANNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected static final LegalBasis LEGAL_BASIS_EDEFAULT = LegalBasis.NONE;

	/**
	 * The cached value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected LegalBasis legalBasis = LEGAL_BASIS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInvokedArticles() <em>Invoked Articles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvokedArticles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> invokedArticles;

	/**
	 * The cached value of the '{@link #getRequestElements() <em>Request Elements</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestElements()
	 * @generated
	 * @ordered
	 */
	protected EList<String> requestElements;

	/**
	 * The default value of the '{@link #isTraineeDrafts() <em>Trainee Drafts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTraineeDrafts()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TRAINEE_DRAFTS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTraineeDrafts() <em>Trainee Drafts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTraineeDrafts()
	 * @generated
	 * @ordered
	 */
	protected boolean traineeDrafts = TRAINEE_DRAFTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOffences() <em>Offences</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffences()
	 * @generated
	 * @ordered
	 */
	protected EList<Offence> offences;

	/**
	 * The cached value of the '{@link #getDataItems() <em>Data Items</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataItems()
	 * @generated
	 * @ordered
	 */
	protected EList<DataItem> dataItems;

	/**
	 * The cached value of the '{@link #getAssets() <em>Assets</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssets()
	 * @generated
	 * @ordered
	 */
	protected EList<Asset> assets;

	/**
	 * The cached value of the '{@link #getPersons() <em>Persons</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersons()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> persons;

	/**
	 * The default value of the '{@link #getUrgency() <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrgency()
	 * @generated
	 * @ordered
	 */
	protected static final Urgency URGENCY_EDEFAULT = Urgency.ROUTINE;

	/**
	 * The cached value of the '{@link #getUrgency() <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrgency()
	 * @generated
	 * @ordered
	 */
	protected Urgency urgency = URGENCY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGrounds() <em>Grounds</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrounds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> grounds;

	/**
	 * The default value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected static final int COST_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected int cost = COST_EDEFAULT;

	/**
	 * The default value of the '{@link #isRepeatable() <em>Repeatable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRepeatable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REPEATABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRepeatable() <em>Repeatable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRepeatable()
	 * @generated
	 * @ordered
	 */
	protected boolean repeatable = REPEATABLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAvailableWhen() <em>Available When</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailableWhen()
	 * @generated
	 * @ordered
	 */
	protected Condition availableWhen;

	/**
	 * The cached value of the '{@link #getConsequences() <em>Consequences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsequences()
	 * @generated
	 * @ordered
	 */
	protected EList<Consequence> consequences;

	/**
	 * The cached value of the '{@link #getNext() <em>Next</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNext()
	 * @generated
	 * @ordered
	 */
	protected EList<DecisionPoint> next;

	/**
	 * The cached value of the '{@link #getFeedback() <em>Feedback</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeedback()
	 * @generated
	 * @ordered
	 */
	protected Feedback feedback;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ACTION__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ACTION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instrument getInstrument() {
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrument(Instrument newInstrument) {
		Instrument oldInstrument = instrument;
		instrument = newInstrument == null ? INSTRUMENT_EDEFAULT : newInstrument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ACTION__INSTRUMENT, oldInstrument, instrument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public State getTargetState() {
		if (targetState != null && targetState.eIsProxy()) {
			InternalEObject oldTargetState = (InternalEObject)targetState;
			targetState = (State)eResolveProxy(oldTargetState);
			if (targetState != oldTargetState) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScenarioPackage.ACTION__TARGET_STATE, oldTargetState, targetState));
			}
		}
		return targetState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public State basicGetTargetState() {
		return targetState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetState(State newTargetState) {
		State oldTargetState = targetState;
		targetState = newTargetState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ACTION__TARGET_STATE, oldTargetState, targetState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getAddressee() {
		if (addressee != null && addressee.eIsProxy()) {
			InternalEObject oldAddressee = (InternalEObject)addressee;
			addressee = (Actor)eResolveProxy(oldAddressee);
			if (addressee != oldAddressee) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScenarioPackage.ACTION__ADDRESSEE, oldAddressee, addressee));
			}
		}
		return addressee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetAddressee() {
		return addressee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddressee(Actor newAddressee) {
		Actor oldAddressee = addressee;
		addressee = newAddressee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ACTION__ADDRESSEE, oldAddressee, addressee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(Channel newChannel) {
		Channel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ACTION__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegalBasis getLegalBasis() {
		return legalBasis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalBasis(LegalBasis newLegalBasis) {
		LegalBasis oldLegalBasis = legalBasis;
		legalBasis = newLegalBasis == null ? LEGAL_BASIS_EDEFAULT : newLegalBasis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ACTION__LEGAL_BASIS, oldLegalBasis, legalBasis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getInvokedArticles() {
		if (invokedArticles == null) {
			invokedArticles = new EDataTypeUniqueEList<String>(String.class, this, ScenarioPackage.ACTION__INVOKED_ARTICLES);
		}
		return invokedArticles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRequestElements() {
		if (requestElements == null) {
			requestElements = new EDataTypeUniqueEList<String>(String.class, this, ScenarioPackage.ACTION__REQUEST_ELEMENTS);
		}
		return requestElements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTraineeDrafts() {
		return traineeDrafts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTraineeDrafts(boolean newTraineeDrafts) {
		boolean oldTraineeDrafts = traineeDrafts;
		traineeDrafts = newTraineeDrafts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ACTION__TRAINEE_DRAFTS, oldTraineeDrafts, traineeDrafts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Offence> getOffences() {
		if (offences == null) {
			offences = new EObjectResolvingEList<Offence>(Offence.class, this, ScenarioPackage.ACTION__OFFENCES);
		}
		return offences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataItem> getDataItems() {
		if (dataItems == null) {
			dataItems = new EObjectResolvingEList<DataItem>(DataItem.class, this, ScenarioPackage.ACTION__DATA_ITEMS);
		}
		return dataItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Asset> getAssets() {
		if (assets == null) {
			assets = new EObjectResolvingEList<Asset>(Asset.class, this, ScenarioPackage.ACTION__ASSETS);
		}
		return assets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPersons() {
		if (persons == null) {
			persons = new EObjectResolvingEList<Person>(Person.class, this, ScenarioPackage.ACTION__PERSONS);
		}
		return persons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Urgency getUrgency() {
		return urgency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrgency(Urgency newUrgency) {
		Urgency oldUrgency = urgency;
		urgency = newUrgency == null ? URGENCY_EDEFAULT : newUrgency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ACTION__URGENCY, oldUrgency, urgency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getGrounds() {
		if (grounds == null) {
			grounds = new EDataTypeUniqueEList<String>(String.class, this, ScenarioPackage.ACTION__GROUNDS);
		}
		return grounds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCost() {
		return cost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCost(int newCost) {
		int oldCost = cost;
		cost = newCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ACTION__COST, oldCost, cost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRepeatable() {
		return repeatable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepeatable(boolean newRepeatable) {
		boolean oldRepeatable = repeatable;
		repeatable = newRepeatable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ACTION__REPEATABLE, oldRepeatable, repeatable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Condition getAvailableWhen() {
		return availableWhen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAvailableWhen(Condition newAvailableWhen, NotificationChain msgs) {
		Condition oldAvailableWhen = availableWhen;
		availableWhen = newAvailableWhen;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ScenarioPackage.ACTION__AVAILABLE_WHEN, oldAvailableWhen, newAvailableWhen);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvailableWhen(Condition newAvailableWhen) {
		if (newAvailableWhen != availableWhen) {
			NotificationChain msgs = null;
			if (availableWhen != null)
				msgs = ((InternalEObject)availableWhen).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ScenarioPackage.ACTION__AVAILABLE_WHEN, null, msgs);
			if (newAvailableWhen != null)
				msgs = ((InternalEObject)newAvailableWhen).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ScenarioPackage.ACTION__AVAILABLE_WHEN, null, msgs);
			msgs = basicSetAvailableWhen(newAvailableWhen, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ACTION__AVAILABLE_WHEN, newAvailableWhen, newAvailableWhen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Consequence> getConsequences() {
		if (consequences == null) {
			consequences = new EObjectContainmentEList<Consequence>(Consequence.class, this, ScenarioPackage.ACTION__CONSEQUENCES);
		}
		return consequences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DecisionPoint> getNext() {
		if (next == null) {
			next = new EObjectResolvingEList<DecisionPoint>(DecisionPoint.class, this, ScenarioPackage.ACTION__NEXT);
		}
		return next;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Feedback getFeedback() {
		return feedback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFeedback(Feedback newFeedback, NotificationChain msgs) {
		Feedback oldFeedback = feedback;
		feedback = newFeedback;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ScenarioPackage.ACTION__FEEDBACK, oldFeedback, newFeedback);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeedback(Feedback newFeedback) {
		if (newFeedback != feedback) {
			NotificationChain msgs = null;
			if (feedback != null)
				msgs = ((InternalEObject)feedback).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ScenarioPackage.ACTION__FEEDBACK, null, msgs);
			if (newFeedback != null)
				msgs = ((InternalEObject)newFeedback).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ScenarioPackage.ACTION__FEEDBACK, null, msgs);
			msgs = basicSetFeedback(newFeedback, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ACTION__FEEDBACK, newFeedback, newFeedback));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ScenarioPackage.ACTION__AVAILABLE_WHEN:
				return basicSetAvailableWhen(null, msgs);
			case ScenarioPackage.ACTION__CONSEQUENCES:
				return ((InternalEList<?>)getConsequences()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.ACTION__FEEDBACK:
				return basicSetFeedback(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.ACTION__LABEL:
				return getLabel();
			case ScenarioPackage.ACTION__DESCRIPTION:
				return getDescription();
			case ScenarioPackage.ACTION__INSTRUMENT:
				return getInstrument();
			case ScenarioPackage.ACTION__TARGET_STATE:
				if (resolve) return getTargetState();
				return basicGetTargetState();
			case ScenarioPackage.ACTION__ADDRESSEE:
				if (resolve) return getAddressee();
				return basicGetAddressee();
			case ScenarioPackage.ACTION__CHANNEL:
				return getChannel();
			case ScenarioPackage.ACTION__LEGAL_BASIS:
				return getLegalBasis();
			case ScenarioPackage.ACTION__INVOKED_ARTICLES:
				return getInvokedArticles();
			case ScenarioPackage.ACTION__REQUEST_ELEMENTS:
				return getRequestElements();
			case ScenarioPackage.ACTION__TRAINEE_DRAFTS:
				return isTraineeDrafts();
			case ScenarioPackage.ACTION__OFFENCES:
				return getOffences();
			case ScenarioPackage.ACTION__DATA_ITEMS:
				return getDataItems();
			case ScenarioPackage.ACTION__ASSETS:
				return getAssets();
			case ScenarioPackage.ACTION__PERSONS:
				return getPersons();
			case ScenarioPackage.ACTION__URGENCY:
				return getUrgency();
			case ScenarioPackage.ACTION__GROUNDS:
				return getGrounds();
			case ScenarioPackage.ACTION__COST:
				return getCost();
			case ScenarioPackage.ACTION__REPEATABLE:
				return isRepeatable();
			case ScenarioPackage.ACTION__AVAILABLE_WHEN:
				return getAvailableWhen();
			case ScenarioPackage.ACTION__CONSEQUENCES:
				return getConsequences();
			case ScenarioPackage.ACTION__NEXT:
				return getNext();
			case ScenarioPackage.ACTION__FEEDBACK:
				return getFeedback();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ScenarioPackage.ACTION__LABEL:
				setLabel((String)newValue);
				return;
			case ScenarioPackage.ACTION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ScenarioPackage.ACTION__INSTRUMENT:
				setInstrument((Instrument)newValue);
				return;
			case ScenarioPackage.ACTION__TARGET_STATE:
				setTargetState((State)newValue);
				return;
			case ScenarioPackage.ACTION__ADDRESSEE:
				setAddressee((Actor)newValue);
				return;
			case ScenarioPackage.ACTION__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case ScenarioPackage.ACTION__LEGAL_BASIS:
				setLegalBasis((LegalBasis)newValue);
				return;
			case ScenarioPackage.ACTION__INVOKED_ARTICLES:
				getInvokedArticles().clear();
				getInvokedArticles().addAll((Collection<? extends String>)newValue);
				return;
			case ScenarioPackage.ACTION__REQUEST_ELEMENTS:
				getRequestElements().clear();
				getRequestElements().addAll((Collection<? extends String>)newValue);
				return;
			case ScenarioPackage.ACTION__TRAINEE_DRAFTS:
				setTraineeDrafts((Boolean)newValue);
				return;
			case ScenarioPackage.ACTION__OFFENCES:
				getOffences().clear();
				getOffences().addAll((Collection<? extends Offence>)newValue);
				return;
			case ScenarioPackage.ACTION__DATA_ITEMS:
				getDataItems().clear();
				getDataItems().addAll((Collection<? extends DataItem>)newValue);
				return;
			case ScenarioPackage.ACTION__ASSETS:
				getAssets().clear();
				getAssets().addAll((Collection<? extends Asset>)newValue);
				return;
			case ScenarioPackage.ACTION__PERSONS:
				getPersons().clear();
				getPersons().addAll((Collection<? extends Person>)newValue);
				return;
			case ScenarioPackage.ACTION__URGENCY:
				setUrgency((Urgency)newValue);
				return;
			case ScenarioPackage.ACTION__GROUNDS:
				getGrounds().clear();
				getGrounds().addAll((Collection<? extends String>)newValue);
				return;
			case ScenarioPackage.ACTION__COST:
				setCost((Integer)newValue);
				return;
			case ScenarioPackage.ACTION__REPEATABLE:
				setRepeatable((Boolean)newValue);
				return;
			case ScenarioPackage.ACTION__AVAILABLE_WHEN:
				setAvailableWhen((Condition)newValue);
				return;
			case ScenarioPackage.ACTION__CONSEQUENCES:
				getConsequences().clear();
				getConsequences().addAll((Collection<? extends Consequence>)newValue);
				return;
			case ScenarioPackage.ACTION__NEXT:
				getNext().clear();
				getNext().addAll((Collection<? extends DecisionPoint>)newValue);
				return;
			case ScenarioPackage.ACTION__FEEDBACK:
				setFeedback((Feedback)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ScenarioPackage.ACTION__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case ScenarioPackage.ACTION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ScenarioPackage.ACTION__INSTRUMENT:
				setInstrument(INSTRUMENT_EDEFAULT);
				return;
			case ScenarioPackage.ACTION__TARGET_STATE:
				setTargetState((State)null);
				return;
			case ScenarioPackage.ACTION__ADDRESSEE:
				setAddressee((Actor)null);
				return;
			case ScenarioPackage.ACTION__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case ScenarioPackage.ACTION__LEGAL_BASIS:
				setLegalBasis(LEGAL_BASIS_EDEFAULT);
				return;
			case ScenarioPackage.ACTION__INVOKED_ARTICLES:
				getInvokedArticles().clear();
				return;
			case ScenarioPackage.ACTION__REQUEST_ELEMENTS:
				getRequestElements().clear();
				return;
			case ScenarioPackage.ACTION__TRAINEE_DRAFTS:
				setTraineeDrafts(TRAINEE_DRAFTS_EDEFAULT);
				return;
			case ScenarioPackage.ACTION__OFFENCES:
				getOffences().clear();
				return;
			case ScenarioPackage.ACTION__DATA_ITEMS:
				getDataItems().clear();
				return;
			case ScenarioPackage.ACTION__ASSETS:
				getAssets().clear();
				return;
			case ScenarioPackage.ACTION__PERSONS:
				getPersons().clear();
				return;
			case ScenarioPackage.ACTION__URGENCY:
				setUrgency(URGENCY_EDEFAULT);
				return;
			case ScenarioPackage.ACTION__GROUNDS:
				getGrounds().clear();
				return;
			case ScenarioPackage.ACTION__COST:
				setCost(COST_EDEFAULT);
				return;
			case ScenarioPackage.ACTION__REPEATABLE:
				setRepeatable(REPEATABLE_EDEFAULT);
				return;
			case ScenarioPackage.ACTION__AVAILABLE_WHEN:
				setAvailableWhen((Condition)null);
				return;
			case ScenarioPackage.ACTION__CONSEQUENCES:
				getConsequences().clear();
				return;
			case ScenarioPackage.ACTION__NEXT:
				getNext().clear();
				return;
			case ScenarioPackage.ACTION__FEEDBACK:
				setFeedback((Feedback)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ScenarioPackage.ACTION__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case ScenarioPackage.ACTION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ScenarioPackage.ACTION__INSTRUMENT:
				return instrument != INSTRUMENT_EDEFAULT;
			case ScenarioPackage.ACTION__TARGET_STATE:
				return targetState != null;
			case ScenarioPackage.ACTION__ADDRESSEE:
				return addressee != null;
			case ScenarioPackage.ACTION__CHANNEL:
				return channel != CHANNEL_EDEFAULT;
			case ScenarioPackage.ACTION__LEGAL_BASIS:
				return legalBasis != LEGAL_BASIS_EDEFAULT;
			case ScenarioPackage.ACTION__INVOKED_ARTICLES:
				return invokedArticles != null && !invokedArticles.isEmpty();
			case ScenarioPackage.ACTION__REQUEST_ELEMENTS:
				return requestElements != null && !requestElements.isEmpty();
			case ScenarioPackage.ACTION__TRAINEE_DRAFTS:
				return traineeDrafts != TRAINEE_DRAFTS_EDEFAULT;
			case ScenarioPackage.ACTION__OFFENCES:
				return offences != null && !offences.isEmpty();
			case ScenarioPackage.ACTION__DATA_ITEMS:
				return dataItems != null && !dataItems.isEmpty();
			case ScenarioPackage.ACTION__ASSETS:
				return assets != null && !assets.isEmpty();
			case ScenarioPackage.ACTION__PERSONS:
				return persons != null && !persons.isEmpty();
			case ScenarioPackage.ACTION__URGENCY:
				return urgency != URGENCY_EDEFAULT;
			case ScenarioPackage.ACTION__GROUNDS:
				return grounds != null && !grounds.isEmpty();
			case ScenarioPackage.ACTION__COST:
				return cost != COST_EDEFAULT;
			case ScenarioPackage.ACTION__REPEATABLE:
				return repeatable != REPEATABLE_EDEFAULT;
			case ScenarioPackage.ACTION__AVAILABLE_WHEN:
				return availableWhen != null;
			case ScenarioPackage.ACTION__CONSEQUENCES:
				return consequences != null && !consequences.isEmpty();
			case ScenarioPackage.ACTION__NEXT:
				return next != null && !next.isEmpty();
			case ScenarioPackage.ACTION__FEEDBACK:
				return feedback != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (label: "); //$NON-NLS-1$
		result.append(label);
		result.append(", description: "); //$NON-NLS-1$
		result.append(description);
		result.append(", instrument: "); //$NON-NLS-1$
		result.append(instrument);
		result.append(", channel: "); //$NON-NLS-1$
		result.append(channel);
		result.append(", legalBasis: "); //$NON-NLS-1$
		result.append(legalBasis);
		result.append(", invokedArticles: "); //$NON-NLS-1$
		result.append(invokedArticles);
		result.append(", requestElements: "); //$NON-NLS-1$
		result.append(requestElements);
		result.append(", traineeDrafts: "); //$NON-NLS-1$
		result.append(traineeDrafts);
		result.append(", urgency: "); //$NON-NLS-1$
		result.append(urgency);
		result.append(", grounds: "); //$NON-NLS-1$
		result.append(grounds);
		result.append(", cost: "); //$NON-NLS-1$
		result.append(cost);
		result.append(", repeatable: "); //$NON-NLS-1$
		result.append(repeatable);
		result.append(')');
		return result.toString();
	}

} //ActionImpl
