/**
 */
package org.rogatory.model.scenario.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.rogatory.model.scenario.Conduct;
import org.rogatory.model.scenario.Offence;
import org.rogatory.model.scenario.Person;
import org.rogatory.model.scenario.ScenarioPackage;
import org.rogatory.model.scenario.State;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Offence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.impl.OffenceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.OffenceImpl#getFacts <em>Facts</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.OffenceImpl#getConduct <em>Conduct</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.OffenceImpl#getCommittedIn <em>Committed In</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.OffenceImpl#getSuspects <em>Suspects</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OffenceImpl extends IdentifiedImpl implements Offence {
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
	 * The default value of the '{@link #getFacts() <em>Facts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacts()
	 * @generated
	 * @ordered
	 */
	protected static final String FACTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFacts() <em>Facts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacts()
	 * @generated
	 * @ordered
	 */
	protected String facts = FACTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConduct() <em>Conduct</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConduct()
	 * @generated
	 * @ordered
	 */
	protected Conduct conduct;

	/**
	 * The cached value of the '{@link #getCommittedIn() <em>Committed In</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommittedIn()
	 * @generated
	 * @ordered
	 */
	protected EList<State> committedIn;

	/**
	 * The cached value of the '{@link #getSuspects() <em>Suspects</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuspects()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> suspects;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OffenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.OFFENCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFENCE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFacts() {
		return facts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFacts(String newFacts) {
		String oldFacts = facts;
		facts = newFacts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFENCE__FACTS, oldFacts, facts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Conduct getConduct() {
		if (conduct != null && conduct.eIsProxy()) {
			InternalEObject oldConduct = (InternalEObject)conduct;
			conduct = (Conduct)eResolveProxy(oldConduct);
			if (conduct != oldConduct) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScenarioPackage.OFFENCE__CONDUCT, oldConduct, conduct));
			}
		}
		return conduct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Conduct basicGetConduct() {
		return conduct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConduct(Conduct newConduct) {
		Conduct oldConduct = conduct;
		conduct = newConduct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFENCE__CONDUCT, oldConduct, conduct));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<State> getCommittedIn() {
		if (committedIn == null) {
			committedIn = new EObjectResolvingEList<State>(State.class, this, ScenarioPackage.OFFENCE__COMMITTED_IN);
		}
		return committedIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getSuspects() {
		if (suspects == null) {
			suspects = new EObjectResolvingEList<Person>(Person.class, this, ScenarioPackage.OFFENCE__SUSPECTS);
		}
		return suspects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.OFFENCE__NAME:
				return getName();
			case ScenarioPackage.OFFENCE__FACTS:
				return getFacts();
			case ScenarioPackage.OFFENCE__CONDUCT:
				if (resolve) return getConduct();
				return basicGetConduct();
			case ScenarioPackage.OFFENCE__COMMITTED_IN:
				return getCommittedIn();
			case ScenarioPackage.OFFENCE__SUSPECTS:
				return getSuspects();
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
			case ScenarioPackage.OFFENCE__NAME:
				setName((String)newValue);
				return;
			case ScenarioPackage.OFFENCE__FACTS:
				setFacts((String)newValue);
				return;
			case ScenarioPackage.OFFENCE__CONDUCT:
				setConduct((Conduct)newValue);
				return;
			case ScenarioPackage.OFFENCE__COMMITTED_IN:
				getCommittedIn().clear();
				getCommittedIn().addAll((Collection<? extends State>)newValue);
				return;
			case ScenarioPackage.OFFENCE__SUSPECTS:
				getSuspects().clear();
				getSuspects().addAll((Collection<? extends Person>)newValue);
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
			case ScenarioPackage.OFFENCE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ScenarioPackage.OFFENCE__FACTS:
				setFacts(FACTS_EDEFAULT);
				return;
			case ScenarioPackage.OFFENCE__CONDUCT:
				setConduct((Conduct)null);
				return;
			case ScenarioPackage.OFFENCE__COMMITTED_IN:
				getCommittedIn().clear();
				return;
			case ScenarioPackage.OFFENCE__SUSPECTS:
				getSuspects().clear();
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
			case ScenarioPackage.OFFENCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ScenarioPackage.OFFENCE__FACTS:
				return FACTS_EDEFAULT == null ? facts != null : !FACTS_EDEFAULT.equals(facts);
			case ScenarioPackage.OFFENCE__CONDUCT:
				return conduct != null;
			case ScenarioPackage.OFFENCE__COMMITTED_IN:
				return committedIn != null && !committedIn.isEmpty();
			case ScenarioPackage.OFFENCE__SUSPECTS:
				return suspects != null && !suspects.isEmpty();
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
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", facts: "); //$NON-NLS-1$
		result.append(facts);
		result.append(')');
		return result.toString();
	}

} //OffenceImpl
