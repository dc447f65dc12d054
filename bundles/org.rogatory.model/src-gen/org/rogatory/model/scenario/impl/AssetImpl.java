/**
 */
package org.rogatory.model.scenario.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.rogatory.model.scenario.Asset;
import org.rogatory.model.scenario.AssetKind;
import org.rogatory.model.scenario.AssetStatus;
import org.rogatory.model.scenario.ScenarioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Asset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.impl.AssetImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.AssetImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.AssetImpl#getEstimatedValue <em>Estimated Value</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.AssetImpl#getCurrency <em>Currency</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssetImpl extends EvidenceImpl implements Asset {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AssetKind KIND_EDEFAULT = AssetKind.VIRTUAL_ASSET;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AssetKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AssetStatus STATUS_EDEFAULT = AssetStatus.AT_RISK;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AssetStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEstimatedValue() <em>Estimated Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ESTIMATED_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEstimatedValue() <em>Estimated Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal estimatedValue = ESTIMATED_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.ASSET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssetKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AssetKind newKind) {
		AssetKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ASSET__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssetStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AssetStatus newStatus) {
		AssetStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ASSET__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getEstimatedValue() {
		return estimatedValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimatedValue(BigDecimal newEstimatedValue) {
		BigDecimal oldEstimatedValue = estimatedValue;
		estimatedValue = newEstimatedValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ASSET__ESTIMATED_VALUE, oldEstimatedValue, estimatedValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ASSET__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.ASSET__KIND:
				return getKind();
			case ScenarioPackage.ASSET__STATUS:
				return getStatus();
			case ScenarioPackage.ASSET__ESTIMATED_VALUE:
				return getEstimatedValue();
			case ScenarioPackage.ASSET__CURRENCY:
				return getCurrency();
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
			case ScenarioPackage.ASSET__KIND:
				setKind((AssetKind)newValue);
				return;
			case ScenarioPackage.ASSET__STATUS:
				setStatus((AssetStatus)newValue);
				return;
			case ScenarioPackage.ASSET__ESTIMATED_VALUE:
				setEstimatedValue((BigDecimal)newValue);
				return;
			case ScenarioPackage.ASSET__CURRENCY:
				setCurrency((String)newValue);
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
			case ScenarioPackage.ASSET__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ScenarioPackage.ASSET__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ScenarioPackage.ASSET__ESTIMATED_VALUE:
				setEstimatedValue(ESTIMATED_VALUE_EDEFAULT);
				return;
			case ScenarioPackage.ASSET__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
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
			case ScenarioPackage.ASSET__KIND:
				return kind != KIND_EDEFAULT;
			case ScenarioPackage.ASSET__STATUS:
				return status != STATUS_EDEFAULT;
			case ScenarioPackage.ASSET__ESTIMATED_VALUE:
				return ESTIMATED_VALUE_EDEFAULT == null ? estimatedValue != null : !ESTIMATED_VALUE_EDEFAULT.equals(estimatedValue);
			case ScenarioPackage.ASSET__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
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
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", estimatedValue: "); //$NON-NLS-1$
		result.append(estimatedValue);
		result.append(", currency: "); //$NON-NLS-1$
		result.append(currency);
		result.append(')');
		return result.toString();
	}

} //AssetImpl
