/**
 */
package org.rogatory.treaty.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel Use</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The use of one channel for one instrument, with its role, its condition and its own status. It exists because the same channel can be normal for one instrument, conditional for another, and have different evidence behind each.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.ChannelUse#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.ChannelUse#getRole <em>Role</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.ChannelUse#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.ChannelUse#getProvision <em>Provision</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.ChannelUse#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.rogatory.treaty.model.TreatyPackage#getChannelUse()
 * @model
 * @generated
 */
public interface ChannelUse extends EObject {
	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(Channel)
	 * @see org.rogatory.treaty.model.TreatyPackage#getChannelUse_Channel()
	 * @model required="true"
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.ChannelUse#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.treaty.model.ChannelRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.rogatory.treaty.model.ChannelRole
	 * @see #isSetRole()
	 * @see #unsetRole()
	 * @see #setRole(ChannelRole)
	 * @see org.rogatory.treaty.model.TreatyPackage#getChannelUse_Role()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	ChannelRole getRole();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.ChannelUse#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.rogatory.treaty.model.ChannelRole
	 * @see #isSetRole()
	 * @see #unsetRole()
	 * @see #getRole()
	 * @generated
	 */
	void setRole(ChannelRole value);

	/**
	 * Unsets the value of the '{@link org.rogatory.treaty.model.ChannelUse#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRole()
	 * @see #getRole()
	 * @see #setRole(ChannelRole)
	 * @generated
	 */
	void unsetRole();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.ChannelUse#getRole <em>Role</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Role</em>' attribute is set.
	 * @see #unsetRole()
	 * @see #getRole()
	 * @see #setRole(ChannelRole)
	 * @generated
	 */
	boolean isSetRole();

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getChannelUse_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.ChannelUse#getCondition <em>Condition</em>}' attribute.
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
	 * @see org.rogatory.treaty.model.TreatyPackage#getChannelUse_Provision()
	 * @model
	 * @generated
	 */
	Provision getProvision();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.ChannelUse#getProvision <em>Provision</em>}' reference.
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
	 * @see org.rogatory.treaty.model.TreatyPackage#getChannelUse_Status()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	VerificationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.ChannelUse#getStatus <em>Status</em>}' attribute.
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
	 * Unsets the value of the '{@link org.rogatory.treaty.model.ChannelUse#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatus()
	 * @see #getStatus()
	 * @see #setStatus(VerificationStatus)
	 * @generated
	 */
	void unsetStatus();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.ChannelUse#getStatus <em>Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Status</em>' attribute is set.
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @see #setStatus(VerificationStatus)
	 * @generated
	 */
	boolean isSetStatus();

} // ChannelUse
