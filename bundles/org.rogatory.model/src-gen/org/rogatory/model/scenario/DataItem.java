/**
 */
package org.rogatory.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A piece of electronic data the case needs, with its category, where and by whom it is held, and the simulated time it will be deleted unless secured.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.DataItem#getCategory <em>Category</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.DataItem#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.DataItem#getDeletionAt <em>Deletion At</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getDataItem()
 * @model
 * @generated
 */
public interface DataItem extends Evidence {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.DataCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subscriber information, traffic data, content data or other.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.rogatory.model.scenario.DataCategory
	 * @see #setCategory(DataCategory)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getDataItem_Category()
	 * @model
	 * @generated
	 */
	DataCategory getCategory();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.DataItem#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.rogatory.model.scenario.DataCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(DataCategory value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.EvidenceStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Status at the scenario start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rogatory.model.scenario.EvidenceStatus
	 * @see #setStatus(EvidenceStatus)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getDataItem_Status()
	 * @model
	 * @generated
	 */
	EvidenceStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.DataItem#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rogatory.model.scenario.EvidenceStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(EvidenceStatus value);

	/**
	 * Returns the value of the '<em><b>Deletion At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Simulated minute at which the holder deletes it unless it is preserved or seized by then; unset: it is not deleted on its own. Authors derive it from the holder's retention policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deletion At</em>' attribute.
	 * @see #isSetDeletionAt()
	 * @see #unsetDeletionAt()
	 * @see #setDeletionAt(int)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getDataItem_DeletionAt()
	 * @model unsettable="true" dataType="org.rogatory.model.scenario.Minutes"
	 * @generated
	 */
	int getDeletionAt();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.DataItem#getDeletionAt <em>Deletion At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deletion At</em>' attribute.
	 * @see #isSetDeletionAt()
	 * @see #unsetDeletionAt()
	 * @see #getDeletionAt()
	 * @generated
	 */
	void setDeletionAt(int value);

	/**
	 * Unsets the value of the '{@link org.rogatory.model.scenario.DataItem#getDeletionAt <em>Deletion At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDeletionAt()
	 * @see #getDeletionAt()
	 * @see #setDeletionAt(int)
	 * @generated
	 */
	void unsetDeletionAt();

	/**
	 * Returns whether the value of the '{@link org.rogatory.model.scenario.DataItem#getDeletionAt <em>Deletion At</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Deletion At</em>' attribute is set.
	 * @see #unsetDeletionAt()
	 * @see #getDeletionAt()
	 * @see #setDeletionAt(int)
	 * @generated
	 */
	boolean isSetDeletionAt();

} // DataItem
