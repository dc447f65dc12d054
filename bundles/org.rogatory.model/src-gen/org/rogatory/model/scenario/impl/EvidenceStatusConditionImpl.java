/**
 */
package org.rogatory.model.scenario.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.EvidenceStatusCondition;
import org.rogatory.model.scenario.ScenarioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evidence Status Condition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.impl.EvidenceStatusConditionImpl#getDataItem <em>Data Item</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.EvidenceStatusConditionImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvidenceStatusConditionImpl extends ConditionImpl implements EvidenceStatusCondition {
	/**
	 * The cached value of the '{@link #getDataItem() <em>Data Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataItem()
	 * @generated
	 * @ordered
	 */
	protected DataItem dataItem;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final EvidenceStatus STATUS_EDEFAULT = EvidenceStatus.AT_RISK;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected EvidenceStatus status = STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvidenceStatusConditionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.EVIDENCE_STATUS_CONDITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataItem getDataItem() {
		if (dataItem != null && dataItem.eIsProxy()) {
			InternalEObject oldDataItem = (InternalEObject)dataItem;
			dataItem = (DataItem)eResolveProxy(oldDataItem);
			if (dataItem != oldDataItem) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScenarioPackage.EVIDENCE_STATUS_CONDITION__DATA_ITEM, oldDataItem, dataItem));
			}
		}
		return dataItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataItem basicGetDataItem() {
		return dataItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataItem(DataItem newDataItem) {
		DataItem oldDataItem = dataItem;
		dataItem = newDataItem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.EVIDENCE_STATUS_CONDITION__DATA_ITEM, oldDataItem, dataItem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(EvidenceStatus newStatus) {
		EvidenceStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.EVIDENCE_STATUS_CONDITION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.EVIDENCE_STATUS_CONDITION__DATA_ITEM:
				if (resolve) return getDataItem();
				return basicGetDataItem();
			case ScenarioPackage.EVIDENCE_STATUS_CONDITION__STATUS:
				return getStatus();
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
			case ScenarioPackage.EVIDENCE_STATUS_CONDITION__DATA_ITEM:
				setDataItem((DataItem)newValue);
				return;
			case ScenarioPackage.EVIDENCE_STATUS_CONDITION__STATUS:
				setStatus((EvidenceStatus)newValue);
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
			case ScenarioPackage.EVIDENCE_STATUS_CONDITION__DATA_ITEM:
				setDataItem((DataItem)null);
				return;
			case ScenarioPackage.EVIDENCE_STATUS_CONDITION__STATUS:
				setStatus(STATUS_EDEFAULT);
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
			case ScenarioPackage.EVIDENCE_STATUS_CONDITION__DATA_ITEM:
				return dataItem != null;
			case ScenarioPackage.EVIDENCE_STATUS_CONDITION__STATUS:
				return status != STATUS_EDEFAULT;
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
		result.append(" (status: "); //$NON-NLS-1$
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //EvidenceStatusConditionImpl
