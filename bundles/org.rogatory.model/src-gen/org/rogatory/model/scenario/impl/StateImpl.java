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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.rogatory.model.scenario.Authority;
import org.rogatory.model.scenario.ConventionStatus;
import org.rogatory.model.scenario.Court;
import org.rogatory.model.scenario.Declaration;
import org.rogatory.model.scenario.DomesticOffence;
import org.rogatory.model.scenario.ScenarioPackage;
import org.rogatory.model.scenario.State;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.impl.StateImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.StateImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.StateImpl#isFictional <em>Fictional</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.StateImpl#getConventionStatus <em>Convention Status</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.StateImpl#getSignatureDate <em>Signature Date</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.StateImpl#getRatificationDate <em>Ratification Date</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.StateImpl#getEntryIntoForceDate <em>Entry Into Force Date</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.StateImpl#getDeclarations <em>Declarations</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.StateImpl#getAuthorities <em>Authorities</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.StateImpl#getCourts <em>Courts</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.StateImpl#getCentralAuthority <em>Central Authority</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.StateImpl#getExtraditionAuthority <em>Extradition Authority</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.StateImpl#getPointOfContact <em>Point Of Contact</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.StateImpl#isExtraditesNationals <em>Extradites Nationals</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.StateImpl#getDomesticOffences <em>Domestic Offences</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StateImpl extends IdentifiedImpl implements State {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #isFictional() <em>Fictional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFictional()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FICTIONAL_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isFictional() <em>Fictional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFictional()
	 * @generated
	 * @ordered
	 */
	protected boolean fictional = FICTIONAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getConventionStatus() <em>Convention Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConventionStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ConventionStatus CONVENTION_STATUS_EDEFAULT = ConventionStatus.NON_SIGNATORY;

	/**
	 * The cached value of the '{@link #getConventionStatus() <em>Convention Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConventionStatus()
	 * @generated
	 * @ordered
	 */
	protected ConventionStatus conventionStatus = CONVENTION_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignatureDate() <em>Signature Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatureDate()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNATURE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignatureDate() <em>Signature Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatureDate()
	 * @generated
	 * @ordered
	 */
	protected String signatureDate = SIGNATURE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRatificationDate() <em>Ratification Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatificationDate()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIFICATION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRatificationDate() <em>Ratification Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatificationDate()
	 * @generated
	 * @ordered
	 */
	protected String ratificationDate = RATIFICATION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEntryIntoForceDate() <em>Entry Into Force Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryIntoForceDate()
	 * @generated
	 * @ordered
	 */
	protected static final String ENTRY_INTO_FORCE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEntryIntoForceDate() <em>Entry Into Force Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryIntoForceDate()
	 * @generated
	 * @ordered
	 */
	protected String entryIntoForceDate = ENTRY_INTO_FORCE_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDeclarations() <em>Declarations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclarations()
	 * @generated
	 * @ordered
	 */
	protected EList<Declaration> declarations;

	/**
	 * The cached value of the '{@link #getAuthorities() <em>Authorities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorities()
	 * @generated
	 * @ordered
	 */
	protected EList<Authority> authorities;

	/**
	 * The cached value of the '{@link #getCourts() <em>Courts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourts()
	 * @generated
	 * @ordered
	 */
	protected EList<Court> courts;

	/**
	 * The cached value of the '{@link #getCentralAuthority() <em>Central Authority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCentralAuthority()
	 * @generated
	 * @ordered
	 */
	protected Authority centralAuthority;

	/**
	 * The cached value of the '{@link #getExtraditionAuthority() <em>Extradition Authority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraditionAuthority()
	 * @generated
	 * @ordered
	 */
	protected Authority extraditionAuthority;

	/**
	 * The cached value of the '{@link #getPointOfContact() <em>Point Of Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointOfContact()
	 * @generated
	 * @ordered
	 */
	protected Authority pointOfContact;

	/**
	 * The default value of the '{@link #isExtraditesNationals() <em>Extradites Nationals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExtraditesNationals()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXTRADITES_NATIONALS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExtraditesNationals() <em>Extradites Nationals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExtraditesNationals()
	 * @generated
	 * @ordered
	 */
	protected boolean extraditesNationals = EXTRADITES_NATIONALS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDomesticOffences() <em>Domestic Offences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomesticOffences()
	 * @generated
	 * @ordered
	 */
	protected EList<DomesticOffence> domesticOffences;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.STATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATE__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFictional() {
		return fictional;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFictional(boolean newFictional) {
		boolean oldFictional = fictional;
		fictional = newFictional;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATE__FICTIONAL, oldFictional, fictional));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConventionStatus getConventionStatus() {
		return conventionStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConventionStatus(ConventionStatus newConventionStatus) {
		ConventionStatus oldConventionStatus = conventionStatus;
		conventionStatus = newConventionStatus == null ? CONVENTION_STATUS_EDEFAULT : newConventionStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATE__CONVENTION_STATUS, oldConventionStatus, conventionStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignatureDate() {
		return signatureDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignatureDate(String newSignatureDate) {
		String oldSignatureDate = signatureDate;
		signatureDate = newSignatureDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATE__SIGNATURE_DATE, oldSignatureDate, signatureDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRatificationDate() {
		return ratificationDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRatificationDate(String newRatificationDate) {
		String oldRatificationDate = ratificationDate;
		ratificationDate = newRatificationDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATE__RATIFICATION_DATE, oldRatificationDate, ratificationDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEntryIntoForceDate() {
		return entryIntoForceDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntryIntoForceDate(String newEntryIntoForceDate) {
		String oldEntryIntoForceDate = entryIntoForceDate;
		entryIntoForceDate = newEntryIntoForceDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATE__ENTRY_INTO_FORCE_DATE, oldEntryIntoForceDate, entryIntoForceDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Declaration> getDeclarations() {
		if (declarations == null) {
			declarations = new EObjectContainmentEList<Declaration>(Declaration.class, this, ScenarioPackage.STATE__DECLARATIONS);
		}
		return declarations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Authority> getAuthorities() {
		if (authorities == null) {
			authorities = new EObjectContainmentEList<Authority>(Authority.class, this, ScenarioPackage.STATE__AUTHORITIES);
		}
		return authorities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Court> getCourts() {
		if (courts == null) {
			courts = new EObjectContainmentEList<Court>(Court.class, this, ScenarioPackage.STATE__COURTS);
		}
		return courts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Authority getCentralAuthority() {
		if (centralAuthority != null && centralAuthority.eIsProxy()) {
			InternalEObject oldCentralAuthority = (InternalEObject)centralAuthority;
			centralAuthority = (Authority)eResolveProxy(oldCentralAuthority);
			if (centralAuthority != oldCentralAuthority) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScenarioPackage.STATE__CENTRAL_AUTHORITY, oldCentralAuthority, centralAuthority));
			}
		}
		return centralAuthority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Authority basicGetCentralAuthority() {
		return centralAuthority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCentralAuthority(Authority newCentralAuthority) {
		Authority oldCentralAuthority = centralAuthority;
		centralAuthority = newCentralAuthority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATE__CENTRAL_AUTHORITY, oldCentralAuthority, centralAuthority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Authority getExtraditionAuthority() {
		if (extraditionAuthority != null && extraditionAuthority.eIsProxy()) {
			InternalEObject oldExtraditionAuthority = (InternalEObject)extraditionAuthority;
			extraditionAuthority = (Authority)eResolveProxy(oldExtraditionAuthority);
			if (extraditionAuthority != oldExtraditionAuthority) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScenarioPackage.STATE__EXTRADITION_AUTHORITY, oldExtraditionAuthority, extraditionAuthority));
			}
		}
		return extraditionAuthority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Authority basicGetExtraditionAuthority() {
		return extraditionAuthority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtraditionAuthority(Authority newExtraditionAuthority) {
		Authority oldExtraditionAuthority = extraditionAuthority;
		extraditionAuthority = newExtraditionAuthority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATE__EXTRADITION_AUTHORITY, oldExtraditionAuthority, extraditionAuthority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Authority getPointOfContact() {
		if (pointOfContact != null && pointOfContact.eIsProxy()) {
			InternalEObject oldPointOfContact = (InternalEObject)pointOfContact;
			pointOfContact = (Authority)eResolveProxy(oldPointOfContact);
			if (pointOfContact != oldPointOfContact) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScenarioPackage.STATE__POINT_OF_CONTACT, oldPointOfContact, pointOfContact));
			}
		}
		return pointOfContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Authority basicGetPointOfContact() {
		return pointOfContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPointOfContact(Authority newPointOfContact) {
		Authority oldPointOfContact = pointOfContact;
		pointOfContact = newPointOfContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATE__POINT_OF_CONTACT, oldPointOfContact, pointOfContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExtraditesNationals() {
		return extraditesNationals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtraditesNationals(boolean newExtraditesNationals) {
		boolean oldExtraditesNationals = extraditesNationals;
		extraditesNationals = newExtraditesNationals;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATE__EXTRADITES_NATIONALS, oldExtraditesNationals, extraditesNationals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DomesticOffence> getDomesticOffences() {
		if (domesticOffences == null) {
			domesticOffences = new EObjectContainmentEList<DomesticOffence>(DomesticOffence.class, this, ScenarioPackage.STATE__DOMESTIC_OFFENCES);
		}
		return domesticOffences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ScenarioPackage.STATE__DECLARATIONS:
				return ((InternalEList<?>)getDeclarations()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.STATE__AUTHORITIES:
				return ((InternalEList<?>)getAuthorities()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.STATE__COURTS:
				return ((InternalEList<?>)getCourts()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.STATE__DOMESTIC_OFFENCES:
				return ((InternalEList<?>)getDomesticOffences()).basicRemove(otherEnd, msgs);
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
			case ScenarioPackage.STATE__CODE:
				return getCode();
			case ScenarioPackage.STATE__NAME:
				return getName();
			case ScenarioPackage.STATE__FICTIONAL:
				return isFictional();
			case ScenarioPackage.STATE__CONVENTION_STATUS:
				return getConventionStatus();
			case ScenarioPackage.STATE__SIGNATURE_DATE:
				return getSignatureDate();
			case ScenarioPackage.STATE__RATIFICATION_DATE:
				return getRatificationDate();
			case ScenarioPackage.STATE__ENTRY_INTO_FORCE_DATE:
				return getEntryIntoForceDate();
			case ScenarioPackage.STATE__DECLARATIONS:
				return getDeclarations();
			case ScenarioPackage.STATE__AUTHORITIES:
				return getAuthorities();
			case ScenarioPackage.STATE__COURTS:
				return getCourts();
			case ScenarioPackage.STATE__CENTRAL_AUTHORITY:
				if (resolve) return getCentralAuthority();
				return basicGetCentralAuthority();
			case ScenarioPackage.STATE__EXTRADITION_AUTHORITY:
				if (resolve) return getExtraditionAuthority();
				return basicGetExtraditionAuthority();
			case ScenarioPackage.STATE__POINT_OF_CONTACT:
				if (resolve) return getPointOfContact();
				return basicGetPointOfContact();
			case ScenarioPackage.STATE__EXTRADITES_NATIONALS:
				return isExtraditesNationals();
			case ScenarioPackage.STATE__DOMESTIC_OFFENCES:
				return getDomesticOffences();
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
			case ScenarioPackage.STATE__CODE:
				setCode((String)newValue);
				return;
			case ScenarioPackage.STATE__NAME:
				setName((String)newValue);
				return;
			case ScenarioPackage.STATE__FICTIONAL:
				setFictional((Boolean)newValue);
				return;
			case ScenarioPackage.STATE__CONVENTION_STATUS:
				setConventionStatus((ConventionStatus)newValue);
				return;
			case ScenarioPackage.STATE__SIGNATURE_DATE:
				setSignatureDate((String)newValue);
				return;
			case ScenarioPackage.STATE__RATIFICATION_DATE:
				setRatificationDate((String)newValue);
				return;
			case ScenarioPackage.STATE__ENTRY_INTO_FORCE_DATE:
				setEntryIntoForceDate((String)newValue);
				return;
			case ScenarioPackage.STATE__DECLARATIONS:
				getDeclarations().clear();
				getDeclarations().addAll((Collection<? extends Declaration>)newValue);
				return;
			case ScenarioPackage.STATE__AUTHORITIES:
				getAuthorities().clear();
				getAuthorities().addAll((Collection<? extends Authority>)newValue);
				return;
			case ScenarioPackage.STATE__COURTS:
				getCourts().clear();
				getCourts().addAll((Collection<? extends Court>)newValue);
				return;
			case ScenarioPackage.STATE__CENTRAL_AUTHORITY:
				setCentralAuthority((Authority)newValue);
				return;
			case ScenarioPackage.STATE__EXTRADITION_AUTHORITY:
				setExtraditionAuthority((Authority)newValue);
				return;
			case ScenarioPackage.STATE__POINT_OF_CONTACT:
				setPointOfContact((Authority)newValue);
				return;
			case ScenarioPackage.STATE__EXTRADITES_NATIONALS:
				setExtraditesNationals((Boolean)newValue);
				return;
			case ScenarioPackage.STATE__DOMESTIC_OFFENCES:
				getDomesticOffences().clear();
				getDomesticOffences().addAll((Collection<? extends DomesticOffence>)newValue);
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
			case ScenarioPackage.STATE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case ScenarioPackage.STATE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ScenarioPackage.STATE__FICTIONAL:
				setFictional(FICTIONAL_EDEFAULT);
				return;
			case ScenarioPackage.STATE__CONVENTION_STATUS:
				setConventionStatus(CONVENTION_STATUS_EDEFAULT);
				return;
			case ScenarioPackage.STATE__SIGNATURE_DATE:
				setSignatureDate(SIGNATURE_DATE_EDEFAULT);
				return;
			case ScenarioPackage.STATE__RATIFICATION_DATE:
				setRatificationDate(RATIFICATION_DATE_EDEFAULT);
				return;
			case ScenarioPackage.STATE__ENTRY_INTO_FORCE_DATE:
				setEntryIntoForceDate(ENTRY_INTO_FORCE_DATE_EDEFAULT);
				return;
			case ScenarioPackage.STATE__DECLARATIONS:
				getDeclarations().clear();
				return;
			case ScenarioPackage.STATE__AUTHORITIES:
				getAuthorities().clear();
				return;
			case ScenarioPackage.STATE__COURTS:
				getCourts().clear();
				return;
			case ScenarioPackage.STATE__CENTRAL_AUTHORITY:
				setCentralAuthority((Authority)null);
				return;
			case ScenarioPackage.STATE__EXTRADITION_AUTHORITY:
				setExtraditionAuthority((Authority)null);
				return;
			case ScenarioPackage.STATE__POINT_OF_CONTACT:
				setPointOfContact((Authority)null);
				return;
			case ScenarioPackage.STATE__EXTRADITES_NATIONALS:
				setExtraditesNationals(EXTRADITES_NATIONALS_EDEFAULT);
				return;
			case ScenarioPackage.STATE__DOMESTIC_OFFENCES:
				getDomesticOffences().clear();
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
			case ScenarioPackage.STATE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case ScenarioPackage.STATE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ScenarioPackage.STATE__FICTIONAL:
				return fictional != FICTIONAL_EDEFAULT;
			case ScenarioPackage.STATE__CONVENTION_STATUS:
				return conventionStatus != CONVENTION_STATUS_EDEFAULT;
			case ScenarioPackage.STATE__SIGNATURE_DATE:
				return SIGNATURE_DATE_EDEFAULT == null ? signatureDate != null : !SIGNATURE_DATE_EDEFAULT.equals(signatureDate);
			case ScenarioPackage.STATE__RATIFICATION_DATE:
				return RATIFICATION_DATE_EDEFAULT == null ? ratificationDate != null : !RATIFICATION_DATE_EDEFAULT.equals(ratificationDate);
			case ScenarioPackage.STATE__ENTRY_INTO_FORCE_DATE:
				return ENTRY_INTO_FORCE_DATE_EDEFAULT == null ? entryIntoForceDate != null : !ENTRY_INTO_FORCE_DATE_EDEFAULT.equals(entryIntoForceDate);
			case ScenarioPackage.STATE__DECLARATIONS:
				return declarations != null && !declarations.isEmpty();
			case ScenarioPackage.STATE__AUTHORITIES:
				return authorities != null && !authorities.isEmpty();
			case ScenarioPackage.STATE__COURTS:
				return courts != null && !courts.isEmpty();
			case ScenarioPackage.STATE__CENTRAL_AUTHORITY:
				return centralAuthority != null;
			case ScenarioPackage.STATE__EXTRADITION_AUTHORITY:
				return extraditionAuthority != null;
			case ScenarioPackage.STATE__POINT_OF_CONTACT:
				return pointOfContact != null;
			case ScenarioPackage.STATE__EXTRADITES_NATIONALS:
				return extraditesNationals != EXTRADITES_NATIONALS_EDEFAULT;
			case ScenarioPackage.STATE__DOMESTIC_OFFENCES:
				return domesticOffences != null && !domesticOffences.isEmpty();
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
		result.append(" (code: "); //$NON-NLS-1$
		result.append(code);
		result.append(", name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", fictional: "); //$NON-NLS-1$
		result.append(fictional);
		result.append(", conventionStatus: "); //$NON-NLS-1$
		result.append(conventionStatus);
		result.append(", signatureDate: "); //$NON-NLS-1$
		result.append(signatureDate);
		result.append(", ratificationDate: "); //$NON-NLS-1$
		result.append(ratificationDate);
		result.append(", entryIntoForceDate: "); //$NON-NLS-1$
		result.append(entryIntoForceDate);
		result.append(", extraditesNationals: "); //$NON-NLS-1$
		result.append(extraditesNationals);
		result.append(')');
		return result.toString();
	}

} //StateImpl
