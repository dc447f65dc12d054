/**
 */
package org.rogatory.treaty.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Request Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One required or optional element of a request. The key is stable and is shared between sets for the same idea (requesting-authority), so scenario packs can refer to it. It is unique only within its set, so it is not an ID.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.RequestElement#getKey <em>Key</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RequestElement#getItem <em>Item</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RequestElement#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RequestElement#isMandatory <em>Mandatory</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RequestElement#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RequestElement#getProvision <em>Provision</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RequestElement#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.rogatory.treaty.model.TreatyPackage#getRequestElement()
 * @model
 * @generated
 */
public interface RequestElement extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRequestElement_Key()
	 * @model required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RequestElement#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The letter in the list, such as "a", where the notes give one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item</em>' attribute.
	 * @see #setItem(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRequestElement_Item()
	 * @model
	 * @generated
	 */
	String getItem();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RequestElement#getItem <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' attribute.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRequestElement_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RequestElement#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Mandatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mandatory</em>' attribute.
	 * @see #isSetMandatory()
	 * @see #unsetMandatory()
	 * @see #setMandatory(boolean)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRequestElement_Mandatory()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	boolean isMandatory();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RequestElement#isMandatory <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mandatory</em>' attribute.
	 * @see #isSetMandatory()
	 * @see #unsetMandatory()
	 * @see #isMandatory()
	 * @generated
	 */
	void setMandatory(boolean value);

	/**
	 * Unsets the value of the '{@link org.rogatory.treaty.model.RequestElement#isMandatory <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMandatory()
	 * @see #isMandatory()
	 * @see #setMandatory(boolean)
	 * @generated
	 */
	void unsetMandatory();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.RequestElement#isMandatory <em>Mandatory</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Mandatory</em>' attribute is set.
	 * @see #unsetMandatory()
	 * @see #isMandatory()
	 * @see #setMandatory(boolean)
	 * @generated
	 */
	boolean isSetMandatory();

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRequestElement_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RequestElement#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Provision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provision</em>' reference.
	 * @see #setProvision(Provision)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRequestElement_Provision()
	 * @model
	 * @generated
	 */
	Provision getProvision();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RequestElement#getProvision <em>Provision</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provision</em>' reference.
	 * @see #getProvision()
	 * @generated
	 */
	void setProvision(Provision value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.treaty.model.VerificationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #setStatus(VerificationStatus)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRequestElement_Status()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	VerificationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RequestElement#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(VerificationStatus value);

	/**
	 * Unsets the value of the '{@link org.rogatory.treaty.model.RequestElement#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatus()
	 * @see #getStatus()
	 * @see #setStatus(VerificationStatus)
	 * @generated
	 */
	void unsetStatus();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.RequestElement#getStatus <em>Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Status</em>' attribute is set.
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @see #setStatus(VerificationStatus)
	 * @generated
	 */
	boolean isSetStatus();

} // RequestElement
