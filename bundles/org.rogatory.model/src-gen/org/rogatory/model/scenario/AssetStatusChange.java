/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Asset Status Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Assets become frozen, seized, confiscated, returned or dissipated.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.AssetStatusChange#getAssets <em>Assets</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.AssetStatusChange#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getAssetStatusChange()
 * @model
 * @generated
 */
public interface AssetStatusChange extends Consequence {
	/**
	 * Returns the value of the '<em><b>Assets</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Asset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The assets affected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assets</em>' reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAssetStatusChange_Assets()
	 * @model required="true"
	 * @generated
	 */
	EList<Asset> getAssets();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.AssetStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Their new status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rogatory.model.scenario.AssetStatus
	 * @see #setStatus(AssetStatus)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAssetStatusChange_Status()
	 * @model
	 * @generated
	 */
	AssetStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.AssetStatusChange#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rogatory.model.scenario.AssetStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AssetStatus value);

} // AssetStatusChange
