/**
 */
package org.rogatory.model.scenario.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.rogatory.model.scenario.Condition;
import org.rogatory.model.scenario.Consequence;
import org.rogatory.model.scenario.ScenarioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Consequence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.impl.ConsequenceImpl#getDelay <em>Delay</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ConsequenceImpl#getOnlyIf <em>Only If</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ConsequenceImpl extends MinimalEObjectImpl.Container implements Consequence {
	/**
	 * The default value of the '{@link #getDelay() <em>Delay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelay()
	 * @generated
	 * @ordered
	 */
	protected static final int DELAY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDelay() <em>Delay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelay()
	 * @generated
	 * @ordered
	 */
	protected int delay = DELAY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOnlyIf() <em>Only If</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnlyIf()
	 * @generated
	 * @ordered
	 */
	protected Condition onlyIf;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConsequenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.CONSEQUENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDelay() {
		return delay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelay(int newDelay) {
		int oldDelay = delay;
		delay = newDelay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.CONSEQUENCE__DELAY, oldDelay, delay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Condition getOnlyIf() {
		return onlyIf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOnlyIf(Condition newOnlyIf, NotificationChain msgs) {
		Condition oldOnlyIf = onlyIf;
		onlyIf = newOnlyIf;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ScenarioPackage.CONSEQUENCE__ONLY_IF, oldOnlyIf, newOnlyIf);
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
	public void setOnlyIf(Condition newOnlyIf) {
		if (newOnlyIf != onlyIf) {
			NotificationChain msgs = null;
			if (onlyIf != null)
				msgs = ((InternalEObject)onlyIf).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ScenarioPackage.CONSEQUENCE__ONLY_IF, null, msgs);
			if (newOnlyIf != null)
				msgs = ((InternalEObject)newOnlyIf).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ScenarioPackage.CONSEQUENCE__ONLY_IF, null, msgs);
			msgs = basicSetOnlyIf(newOnlyIf, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.CONSEQUENCE__ONLY_IF, newOnlyIf, newOnlyIf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ScenarioPackage.CONSEQUENCE__ONLY_IF:
				return basicSetOnlyIf(null, msgs);
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
			case ScenarioPackage.CONSEQUENCE__DELAY:
				return getDelay();
			case ScenarioPackage.CONSEQUENCE__ONLY_IF:
				return getOnlyIf();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ScenarioPackage.CONSEQUENCE__DELAY:
				setDelay((Integer)newValue);
				return;
			case ScenarioPackage.CONSEQUENCE__ONLY_IF:
				setOnlyIf((Condition)newValue);
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
			case ScenarioPackage.CONSEQUENCE__DELAY:
				setDelay(DELAY_EDEFAULT);
				return;
			case ScenarioPackage.CONSEQUENCE__ONLY_IF:
				setOnlyIf((Condition)null);
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
			case ScenarioPackage.CONSEQUENCE__DELAY:
				return delay != DELAY_EDEFAULT;
			case ScenarioPackage.CONSEQUENCE__ONLY_IF:
				return onlyIf != null;
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
		result.append(" (delay: "); //$NON-NLS-1$
		result.append(delay);
		result.append(')');
		return result.toString();
	}

} //ConsequenceImpl
