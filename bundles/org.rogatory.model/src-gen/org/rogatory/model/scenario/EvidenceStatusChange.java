/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence Status Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Data items become preserved, disclosed, seized or lost.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.EvidenceStatusChange#getDataItems <em>Data Items</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.EvidenceStatusChange#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getEvidenceStatusChange()
 * @model
 * @generated
 */
public interface EvidenceStatusChange extends Consequence {
	/**
	 * Returns the value of the '<em><b>Data Items</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.DataItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data items affected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Items</em>' reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getEvidenceStatusChange_DataItems()
	 * @model required="true"
	 * @generated
	 */
	EList<DataItem> getDataItems();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.EvidenceStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Their new status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rogatory.model.scenario.EvidenceStatus
	 * @see #setStatus(EvidenceStatus)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getEvidenceStatusChange_Status()
	 * @model
	 * @generated
	 */
	EvidenceStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.EvidenceStatusChange#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rogatory.model.scenario.EvidenceStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(EvidenceStatus value);

} // EvidenceStatusChange
