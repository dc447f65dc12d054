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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.rogatory.model.scenario.ProviderKind;
import org.rogatory.model.scenario.RetentionPolicy;
import org.rogatory.model.scenario.ScenarioPackage;
import org.rogatory.model.scenario.ServiceProvider;
import org.rogatory.model.scenario.State;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Provider</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.impl.ServiceProviderImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ServiceProviderImpl#getEstablishedIn <em>Established In</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ServiceProviderImpl#getOffersServicesIn <em>Offers Services In</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ServiceProviderImpl#getRetentionPolicies <em>Retention Policies</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceProviderImpl extends ActorImpl implements ServiceProvider {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ProviderKind KIND_EDEFAULT = ProviderKind.COMMUNICATIONS;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ProviderKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEstablishedIn() <em>Established In</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstablishedIn()
	 * @generated
	 * @ordered
	 */
	protected State establishedIn;

	/**
	 * The cached value of the '{@link #getOffersServicesIn() <em>Offers Services In</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffersServicesIn()
	 * @generated
	 * @ordered
	 */
	protected EList<State> offersServicesIn;

	/**
	 * The cached value of the '{@link #getRetentionPolicies() <em>Retention Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<RetentionPolicy> retentionPolicies;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceProviderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.SERVICE_PROVIDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProviderKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ProviderKind newKind) {
		ProviderKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SERVICE_PROVIDER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public State getEstablishedIn() {
		if (establishedIn != null && establishedIn.eIsProxy()) {
			InternalEObject oldEstablishedIn = (InternalEObject)establishedIn;
			establishedIn = (State)eResolveProxy(oldEstablishedIn);
			if (establishedIn != oldEstablishedIn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScenarioPackage.SERVICE_PROVIDER__ESTABLISHED_IN, oldEstablishedIn, establishedIn));
			}
		}
		return establishedIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public State basicGetEstablishedIn() {
		return establishedIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstablishedIn(State newEstablishedIn) {
		State oldEstablishedIn = establishedIn;
		establishedIn = newEstablishedIn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SERVICE_PROVIDER__ESTABLISHED_IN, oldEstablishedIn, establishedIn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<State> getOffersServicesIn() {
		if (offersServicesIn == null) {
			offersServicesIn = new EObjectResolvingEList<State>(State.class, this, ScenarioPackage.SERVICE_PROVIDER__OFFERS_SERVICES_IN);
		}
		return offersServicesIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RetentionPolicy> getRetentionPolicies() {
		if (retentionPolicies == null) {
			retentionPolicies = new EObjectContainmentEList<RetentionPolicy>(RetentionPolicy.class, this, ScenarioPackage.SERVICE_PROVIDER__RETENTION_POLICIES);
		}
		return retentionPolicies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ScenarioPackage.SERVICE_PROVIDER__RETENTION_POLICIES:
				return ((InternalEList<?>)getRetentionPolicies()).basicRemove(otherEnd, msgs);
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
			case ScenarioPackage.SERVICE_PROVIDER__KIND:
				return getKind();
			case ScenarioPackage.SERVICE_PROVIDER__ESTABLISHED_IN:
				if (resolve) return getEstablishedIn();
				return basicGetEstablishedIn();
			case ScenarioPackage.SERVICE_PROVIDER__OFFERS_SERVICES_IN:
				return getOffersServicesIn();
			case ScenarioPackage.SERVICE_PROVIDER__RETENTION_POLICIES:
				return getRetentionPolicies();
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
			case ScenarioPackage.SERVICE_PROVIDER__KIND:
				setKind((ProviderKind)newValue);
				return;
			case ScenarioPackage.SERVICE_PROVIDER__ESTABLISHED_IN:
				setEstablishedIn((State)newValue);
				return;
			case ScenarioPackage.SERVICE_PROVIDER__OFFERS_SERVICES_IN:
				getOffersServicesIn().clear();
				getOffersServicesIn().addAll((Collection<? extends State>)newValue);
				return;
			case ScenarioPackage.SERVICE_PROVIDER__RETENTION_POLICIES:
				getRetentionPolicies().clear();
				getRetentionPolicies().addAll((Collection<? extends RetentionPolicy>)newValue);
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
			case ScenarioPackage.SERVICE_PROVIDER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ScenarioPackage.SERVICE_PROVIDER__ESTABLISHED_IN:
				setEstablishedIn((State)null);
				return;
			case ScenarioPackage.SERVICE_PROVIDER__OFFERS_SERVICES_IN:
				getOffersServicesIn().clear();
				return;
			case ScenarioPackage.SERVICE_PROVIDER__RETENTION_POLICIES:
				getRetentionPolicies().clear();
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
			case ScenarioPackage.SERVICE_PROVIDER__KIND:
				return kind != KIND_EDEFAULT;
			case ScenarioPackage.SERVICE_PROVIDER__ESTABLISHED_IN:
				return establishedIn != null;
			case ScenarioPackage.SERVICE_PROVIDER__OFFERS_SERVICES_IN:
				return offersServicesIn != null && !offersServicesIn.isEmpty();
			case ScenarioPackage.SERVICE_PROVIDER__RETENTION_POLICIES:
				return retentionPolicies != null && !retentionPolicies.isEmpty();
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
		result.append(" (kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //ServiceProviderImpl
