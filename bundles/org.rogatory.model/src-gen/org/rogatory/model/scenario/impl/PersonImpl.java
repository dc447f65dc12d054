/**
 */
package org.rogatory.model.scenario.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.rogatory.model.scenario.Person;
import org.rogatory.model.scenario.PersonRole;
import org.rogatory.model.scenario.ScenarioPackage;
import org.rogatory.model.scenario.State;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.impl.PersonImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.PersonImpl#getNationalities <em>Nationalities</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.PersonImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.PersonImpl#isLegalPerson <em>Legal Person</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonImpl extends ActorImpl implements Person {
	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<PersonRole> roles;

	/**
	 * The cached value of the '{@link #getNationalities() <em>Nationalities</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalities()
	 * @generated
	 * @ordered
	 */
	protected EList<State> nationalities;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected State location;

	/**
	 * The default value of the '{@link #isLegalPerson() <em>Legal Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLegalPerson()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LEGAL_PERSON_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLegalPerson() <em>Legal Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLegalPerson()
	 * @generated
	 * @ordered
	 */
	protected boolean legalPerson = LEGAL_PERSON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.PERSON;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PersonRole> getRoles() {
		if (roles == null) {
			roles = new EDataTypeUniqueEList<PersonRole>(PersonRole.class, this, ScenarioPackage.PERSON__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<State> getNationalities() {
		if (nationalities == null) {
			nationalities = new EObjectResolvingEList<State>(State.class, this, ScenarioPackage.PERSON__NATIONALITIES);
		}
		return nationalities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public State getLocation() {
		if (location != null && location.eIsProxy()) {
			InternalEObject oldLocation = (InternalEObject)location;
			location = (State)eResolveProxy(oldLocation);
			if (location != oldLocation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScenarioPackage.PERSON__LOCATION, oldLocation, location));
			}
		}
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public State basicGetLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(State newLocation) {
		State oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.PERSON__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLegalPerson() {
		return legalPerson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalPerson(boolean newLegalPerson) {
		boolean oldLegalPerson = legalPerson;
		legalPerson = newLegalPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.PERSON__LEGAL_PERSON, oldLegalPerson, legalPerson));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.PERSON__ROLES:
				return getRoles();
			case ScenarioPackage.PERSON__NATIONALITIES:
				return getNationalities();
			case ScenarioPackage.PERSON__LOCATION:
				if (resolve) return getLocation();
				return basicGetLocation();
			case ScenarioPackage.PERSON__LEGAL_PERSON:
				return isLegalPerson();
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
			case ScenarioPackage.PERSON__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends PersonRole>)newValue);
				return;
			case ScenarioPackage.PERSON__NATIONALITIES:
				getNationalities().clear();
				getNationalities().addAll((Collection<? extends State>)newValue);
				return;
			case ScenarioPackage.PERSON__LOCATION:
				setLocation((State)newValue);
				return;
			case ScenarioPackage.PERSON__LEGAL_PERSON:
				setLegalPerson((Boolean)newValue);
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
			case ScenarioPackage.PERSON__ROLES:
				getRoles().clear();
				return;
			case ScenarioPackage.PERSON__NATIONALITIES:
				getNationalities().clear();
				return;
			case ScenarioPackage.PERSON__LOCATION:
				setLocation((State)null);
				return;
			case ScenarioPackage.PERSON__LEGAL_PERSON:
				setLegalPerson(LEGAL_PERSON_EDEFAULT);
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
			case ScenarioPackage.PERSON__ROLES:
				return roles != null && !roles.isEmpty();
			case ScenarioPackage.PERSON__NATIONALITIES:
				return nationalities != null && !nationalities.isEmpty();
			case ScenarioPackage.PERSON__LOCATION:
				return location != null;
			case ScenarioPackage.PERSON__LEGAL_PERSON:
				return legalPerson != LEGAL_PERSON_EDEFAULT;
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
		result.append(" (roles: "); //$NON-NLS-1$
		result.append(roles);
		result.append(", legalPerson: "); //$NON-NLS-1$
		result.append(legalPerson);
		result.append(')');
		return result.toString();
	}

} //PersonImpl
