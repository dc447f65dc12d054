/**
 */
package org.rogatory.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence Status Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * True while a data item has the given status.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.EvidenceStatusCondition#getDataItem <em>Data Item</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.EvidenceStatusCondition#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getEvidenceStatusCondition()
 * @model
 * @generated
 */
public interface EvidenceStatusCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>Data Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data item.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Item</em>' reference.
	 * @see #setDataItem(DataItem)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getEvidenceStatusCondition_DataItem()
	 * @model required="true"
	 * @generated
	 */
	DataItem getDataItem();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.EvidenceStatusCondition#getDataItem <em>Data Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Item</em>' reference.
	 * @see #getDataItem()
	 * @generated
	 */
	void setDataItem(DataItem value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.EvidenceStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The status tested.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rogatory.model.scenario.EvidenceStatus
	 * @see #setStatus(EvidenceStatus)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getEvidenceStatusCondition_Status()
	 * @model
	 * @generated
	 */
	EvidenceStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.EvidenceStatusCondition#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rogatory.model.scenario.EvidenceStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(EvidenceStatus value);

} // EvidenceStatusCondition
