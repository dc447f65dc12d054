/**
 */
package org.rogatory.model.scenario;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Asset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Proceeds of crime or an instrumentality, with where and by whom it is held, so it can be traced, frozen, confiscated and returned.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.Asset#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Asset#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Asset#getEstimatedValue <em>Estimated Value</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Asset#getCurrency <em>Currency</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getAsset()
 * @model
 * @generated
 */
public interface Asset extends Evidence {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.AssetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of property it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.rogatory.model.scenario.AssetKind
	 * @see #setKind(AssetKind)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAsset_Kind()
	 * @model
	 * @generated
	 */
	AssetKind getKind();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Asset#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.rogatory.model.scenario.AssetKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AssetKind value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.AssetStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Status at the scenario start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rogatory.model.scenario.AssetStatus
	 * @see #setStatus(AssetStatus)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAsset_Status()
	 * @model
	 * @generated
	 */
	AssetStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Asset#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rogatory.model.scenario.AssetStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AssetStatus value);

	/**
	 * Returns the value of the '<em><b>Estimated Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Estimated value (matters for de minimis refusals).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Estimated Value</em>' attribute.
	 * @see #setEstimatedValue(BigDecimal)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAsset_EstimatedValue()
	 * @model
	 * @generated
	 */
	BigDecimal getEstimatedValue();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Asset#getEstimatedValue <em>Estimated Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimated Value</em>' attribute.
	 * @see #getEstimatedValue()
	 * @generated
	 */
	void setEstimatedValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Currency or asset code of the value, e.g. 'EUR', 'BTC'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAsset_Currency()
	 * @model
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Asset#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

} // Asset
