/**
 */
package org.rogatory.treaty.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.rogatory.treaty.model.Article;
import org.rogatory.treaty.model.BudapestCounterpart;
import org.rogatory.treaty.model.TreatyPackage;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Budapest Counterpart</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.impl.BudapestCounterpartImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.BudapestCounterpartImpl#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.BudapestCounterpartImpl#getUnArticles <em>Un Articles</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.BudapestCounterpartImpl#getBudapestArticles <em>Budapest Articles</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.BudapestCounterpartImpl#getDifferences <em>Differences</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.BudapestCounterpartImpl#getBudapestStatus <em>Budapest Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.BudapestCounterpartImpl#getMappingStatus <em>Mapping Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BudapestCounterpartImpl extends EObjectImpl implements BudapestCounterpart {
	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected static final String MEASURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected String measure = MEASURE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnArticles() <em>Un Articles</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnArticles()
	 * @generated
	 * @ordered
	 */
	protected EList<Article> unArticles;

	/**
	 * The cached value of the '{@link #getBudapestArticles() <em>Budapest Articles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudapestArticles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> budapestArticles;

	/**
	 * The default value of the '{@link #getDifferences() <em>Differences</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDifferences()
	 * @generated
	 * @ordered
	 */
	protected static final String DIFFERENCES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDifferences() <em>Differences</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDifferences()
	 * @generated
	 * @ordered
	 */
	protected String differences = DIFFERENCES_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudapestStatus() <em>Budapest Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudapestStatus()
	 * @generated
	 * @ordered
	 */
	protected static final VerificationStatus BUDAPEST_STATUS_EDEFAULT = VerificationStatus.UNVERIFIED;

	/**
	 * The cached value of the '{@link #getBudapestStatus() <em>Budapest Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudapestStatus()
	 * @generated
	 * @ordered
	 */
	protected VerificationStatus budapestStatus = BUDAPEST_STATUS_EDEFAULT;

	/**
	 * This is true if the Budapest Status attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean budapestStatusESet;

	/**
	 * The default value of the '{@link #getMappingStatus() <em>Mapping Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappingStatus()
	 * @generated
	 * @ordered
	 */
	protected static final VerificationStatus MAPPING_STATUS_EDEFAULT = VerificationStatus.UNVERIFIED;

	/**
	 * The cached value of the '{@link #getMappingStatus() <em>Mapping Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappingStatus()
	 * @generated
	 * @ordered
	 */
	protected VerificationStatus mappingStatus = MAPPING_STATUS_EDEFAULT;

	/**
	 * This is true if the Mapping Status attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean mappingStatusESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BudapestCounterpartImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TreatyPackage.Literals.BUDAPEST_COUNTERPART;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.BUDAPEST_COUNTERPART__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeasure() {
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasure(String newMeasure) {
		String oldMeasure = measure;
		measure = newMeasure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.BUDAPEST_COUNTERPART__MEASURE, oldMeasure, measure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Article> getUnArticles() {
		if (unArticles == null) {
			unArticles = new EObjectResolvingEList<Article>(Article.class, this, TreatyPackage.BUDAPEST_COUNTERPART__UN_ARTICLES);
		}
		return unArticles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getBudapestArticles() {
		if (budapestArticles == null) {
			budapestArticles = new EDataTypeUniqueEList<String>(String.class, this, TreatyPackage.BUDAPEST_COUNTERPART__BUDAPEST_ARTICLES);
		}
		return budapestArticles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDifferences() {
		return differences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDifferences(String newDifferences) {
		String oldDifferences = differences;
		differences = newDifferences;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.BUDAPEST_COUNTERPART__DIFFERENCES, oldDifferences, differences));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VerificationStatus getBudapestStatus() {
		return budapestStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudapestStatus(VerificationStatus newBudapestStatus) {
		VerificationStatus oldBudapestStatus = budapestStatus;
		budapestStatus = newBudapestStatus == null ? BUDAPEST_STATUS_EDEFAULT : newBudapestStatus;
		boolean oldBudapestStatusESet = budapestStatusESet;
		budapestStatusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.BUDAPEST_COUNTERPART__BUDAPEST_STATUS, oldBudapestStatus, budapestStatus, !oldBudapestStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBudapestStatus() {
		VerificationStatus oldBudapestStatus = budapestStatus;
		boolean oldBudapestStatusESet = budapestStatusESet;
		budapestStatus = BUDAPEST_STATUS_EDEFAULT;
		budapestStatusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.BUDAPEST_COUNTERPART__BUDAPEST_STATUS, oldBudapestStatus, BUDAPEST_STATUS_EDEFAULT, oldBudapestStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBudapestStatus() {
		return budapestStatusESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VerificationStatus getMappingStatus() {
		return mappingStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMappingStatus(VerificationStatus newMappingStatus) {
		VerificationStatus oldMappingStatus = mappingStatus;
		mappingStatus = newMappingStatus == null ? MAPPING_STATUS_EDEFAULT : newMappingStatus;
		boolean oldMappingStatusESet = mappingStatusESet;
		mappingStatusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.BUDAPEST_COUNTERPART__MAPPING_STATUS, oldMappingStatus, mappingStatus, !oldMappingStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMappingStatus() {
		VerificationStatus oldMappingStatus = mappingStatus;
		boolean oldMappingStatusESet = mappingStatusESet;
		mappingStatus = MAPPING_STATUS_EDEFAULT;
		mappingStatusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.BUDAPEST_COUNTERPART__MAPPING_STATUS, oldMappingStatus, MAPPING_STATUS_EDEFAULT, oldMappingStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMappingStatus() {
		return mappingStatusESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TreatyPackage.BUDAPEST_COUNTERPART__KEY:
				return getKey();
			case TreatyPackage.BUDAPEST_COUNTERPART__MEASURE:
				return getMeasure();
			case TreatyPackage.BUDAPEST_COUNTERPART__UN_ARTICLES:
				return getUnArticles();
			case TreatyPackage.BUDAPEST_COUNTERPART__BUDAPEST_ARTICLES:
				return getBudapestArticles();
			case TreatyPackage.BUDAPEST_COUNTERPART__DIFFERENCES:
				return getDifferences();
			case TreatyPackage.BUDAPEST_COUNTERPART__BUDAPEST_STATUS:
				return getBudapestStatus();
			case TreatyPackage.BUDAPEST_COUNTERPART__MAPPING_STATUS:
				return getMappingStatus();
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
			case TreatyPackage.BUDAPEST_COUNTERPART__KEY:
				setKey((String)newValue);
				return;
			case TreatyPackage.BUDAPEST_COUNTERPART__MEASURE:
				setMeasure((String)newValue);
				return;
			case TreatyPackage.BUDAPEST_COUNTERPART__UN_ARTICLES:
				getUnArticles().clear();
				getUnArticles().addAll((Collection<? extends Article>)newValue);
				return;
			case TreatyPackage.BUDAPEST_COUNTERPART__BUDAPEST_ARTICLES:
				getBudapestArticles().clear();
				getBudapestArticles().addAll((Collection<? extends String>)newValue);
				return;
			case TreatyPackage.BUDAPEST_COUNTERPART__DIFFERENCES:
				setDifferences((String)newValue);
				return;
			case TreatyPackage.BUDAPEST_COUNTERPART__BUDAPEST_STATUS:
				setBudapestStatus((VerificationStatus)newValue);
				return;
			case TreatyPackage.BUDAPEST_COUNTERPART__MAPPING_STATUS:
				setMappingStatus((VerificationStatus)newValue);
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
			case TreatyPackage.BUDAPEST_COUNTERPART__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case TreatyPackage.BUDAPEST_COUNTERPART__MEASURE:
				setMeasure(MEASURE_EDEFAULT);
				return;
			case TreatyPackage.BUDAPEST_COUNTERPART__UN_ARTICLES:
				getUnArticles().clear();
				return;
			case TreatyPackage.BUDAPEST_COUNTERPART__BUDAPEST_ARTICLES:
				getBudapestArticles().clear();
				return;
			case TreatyPackage.BUDAPEST_COUNTERPART__DIFFERENCES:
				setDifferences(DIFFERENCES_EDEFAULT);
				return;
			case TreatyPackage.BUDAPEST_COUNTERPART__BUDAPEST_STATUS:
				unsetBudapestStatus();
				return;
			case TreatyPackage.BUDAPEST_COUNTERPART__MAPPING_STATUS:
				unsetMappingStatus();
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
			case TreatyPackage.BUDAPEST_COUNTERPART__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case TreatyPackage.BUDAPEST_COUNTERPART__MEASURE:
				return MEASURE_EDEFAULT == null ? measure != null : !MEASURE_EDEFAULT.equals(measure);
			case TreatyPackage.BUDAPEST_COUNTERPART__UN_ARTICLES:
				return unArticles != null && !unArticles.isEmpty();
			case TreatyPackage.BUDAPEST_COUNTERPART__BUDAPEST_ARTICLES:
				return budapestArticles != null && !budapestArticles.isEmpty();
			case TreatyPackage.BUDAPEST_COUNTERPART__DIFFERENCES:
				return DIFFERENCES_EDEFAULT == null ? differences != null : !DIFFERENCES_EDEFAULT.equals(differences);
			case TreatyPackage.BUDAPEST_COUNTERPART__BUDAPEST_STATUS:
				return isSetBudapestStatus();
			case TreatyPackage.BUDAPEST_COUNTERPART__MAPPING_STATUS:
				return isSetMappingStatus();
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
		result.append(" (key: "); //$NON-NLS-1$
		result.append(key);
		result.append(", measure: "); //$NON-NLS-1$
		result.append(measure);
		result.append(", budapestArticles: "); //$NON-NLS-1$
		result.append(budapestArticles);
		result.append(", differences: "); //$NON-NLS-1$
		result.append(differences);
		result.append(", budapestStatus: "); //$NON-NLS-1$
		if (budapestStatusESet) result.append(budapestStatus); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", mappingStatus: "); //$NON-NLS-1$
		if (mappingStatusESet) result.append(mappingStatus); else result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //BudapestCounterpartImpl
