/**
 */
package org.rogatory.model.scenario.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.rogatory.model.scenario.DataCategory;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.ScenarioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.impl.DataItemImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.DataItemImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.DataItemImpl#getDeletionAt <em>Deletion At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataItemImpl extends EvidenceImpl implements DataItem {
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final DataCategory CATEGORY_EDEFAULT = DataCategory.SUBSCRIBER_INFORMATION;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected DataCategory category = CATEGORY_EDEFAULT;

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
	 * The default value of the '{@link #getDeletionAt() <em>Deletion At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletionAt()
	 * @generated
	 * @ordered
	 */
	protected static final int DELETION_AT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDeletionAt() <em>Deletion At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletionAt()
	 * @generated
	 * @ordered
	 */
	protected int deletionAt = DELETION_AT_EDEFAULT;

	/**
	 * This is true if the Deletion At attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean deletionAtESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.DATA_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(DataCategory newCategory) {
		DataCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.DATA_ITEM__CATEGORY, oldCategory, category));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.DATA_ITEM__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDeletionAt() {
		return deletionAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeletionAt(int newDeletionAt) {
		int oldDeletionAt = deletionAt;
		deletionAt = newDeletionAt;
		boolean oldDeletionAtESet = deletionAtESet;
		deletionAtESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.DATA_ITEM__DELETION_AT, oldDeletionAt, deletionAt, !oldDeletionAtESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDeletionAt() {
		int oldDeletionAt = deletionAt;
		boolean oldDeletionAtESet = deletionAtESet;
		deletionAt = DELETION_AT_EDEFAULT;
		deletionAtESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ScenarioPackage.DATA_ITEM__DELETION_AT, oldDeletionAt, DELETION_AT_EDEFAULT, oldDeletionAtESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDeletionAt() {
		return deletionAtESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.DATA_ITEM__CATEGORY:
				return getCategory();
			case ScenarioPackage.DATA_ITEM__STATUS:
				return getStatus();
			case ScenarioPackage.DATA_ITEM__DELETION_AT:
				return getDeletionAt();
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
			case ScenarioPackage.DATA_ITEM__CATEGORY:
				setCategory((DataCategory)newValue);
				return;
			case ScenarioPackage.DATA_ITEM__STATUS:
				setStatus((EvidenceStatus)newValue);
				return;
			case ScenarioPackage.DATA_ITEM__DELETION_AT:
				setDeletionAt((Integer)newValue);
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
			case ScenarioPackage.DATA_ITEM__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case ScenarioPackage.DATA_ITEM__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ScenarioPackage.DATA_ITEM__DELETION_AT:
				unsetDeletionAt();
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
			case ScenarioPackage.DATA_ITEM__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case ScenarioPackage.DATA_ITEM__STATUS:
				return status != STATUS_EDEFAULT;
			case ScenarioPackage.DATA_ITEM__DELETION_AT:
				return isSetDeletionAt();
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
		result.append(" (category: "); //$NON-NLS-1$
		result.append(category);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", deletionAt: "); //$NON-NLS-1$
		if (deletionAtESet) result.append(deletionAt); else result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //DataItemImpl
