/**
 */
package org.rogatory.model.scenario.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.EvidenceStatusChange;
import org.rogatory.model.scenario.ScenarioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evidence Status Change</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.impl.EvidenceStatusChangeImpl#getDataItems <em>Data Items</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.EvidenceStatusChangeImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvidenceStatusChangeImpl extends ConsequenceImpl implements EvidenceStatusChange {
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
	protected EvidenceStatusChangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.EVIDENCE_STATUS_CHANGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataItem> getDataItems() {
		if (dataItems == null) {
			dataItems = new EObjectResolvingEList<DataItem>(DataItem.class, this, ScenarioPackage.EVIDENCE_STATUS_CHANGE__DATA_ITEMS);
		}
		return dataItems;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.EVIDENCE_STATUS_CHANGE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.EVIDENCE_STATUS_CHANGE__DATA_ITEMS:
				return getDataItems();
			case ScenarioPackage.EVIDENCE_STATUS_CHANGE__STATUS:
				return getStatus();
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
			case ScenarioPackage.EVIDENCE_STATUS_CHANGE__DATA_ITEMS:
				getDataItems().clear();
				getDataItems().addAll((Collection<? extends DataItem>)newValue);
				return;
			case ScenarioPackage.EVIDENCE_STATUS_CHANGE__STATUS:
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
			case ScenarioPackage.EVIDENCE_STATUS_CHANGE__DATA_ITEMS:
				getDataItems().clear();
				return;
			case ScenarioPackage.EVIDENCE_STATUS_CHANGE__STATUS:
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
			case ScenarioPackage.EVIDENCE_STATUS_CHANGE__DATA_ITEMS:
				return dataItems != null && !dataItems.isEmpty();
			case ScenarioPackage.EVIDENCE_STATUS_CHANGE__STATUS:
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

} //EvidenceStatusChangeImpl
