/**
 */
package org.rogatory.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Asset Status Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * True while an asset has the given status.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.AssetStatusCondition#getAsset <em>Asset</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.AssetStatusCondition#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getAssetStatusCondition()
 * @model
 * @generated
 */
public interface AssetStatusCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The asset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Asset</em>' reference.
	 * @see #setAsset(Asset)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAssetStatusCondition_Asset()
	 * @model required="true"
	 * @generated
	 */
	Asset getAsset();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.AssetStatusCondition#getAsset <em>Asset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Asset</em>' reference.
	 * @see #getAsset()
	 * @generated
	 */
	void setAsset(Asset value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.AssetStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The status tested.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rogatory.model.scenario.AssetStatus
	 * @see #setStatus(AssetStatus)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAssetStatusCondition_Status()
	 * @model
	 * @generated
	 */
	AssetStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.AssetStatusCondition#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rogatory.model.scenario.AssetStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AssetStatus value);

} // AssetStatusCondition
