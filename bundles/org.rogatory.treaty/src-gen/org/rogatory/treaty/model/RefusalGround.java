/**
 */
package org.rogatory.treaty.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Refusal Ground</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A ground on which a requested State may, or may not, refuse or postpone. Grounds are shared between instruments (an instrument lists the grounds that apply to it), so an upgrade after the official check is one edit.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.RefusalGround#getKey <em>Key</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RefusalGround#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RefusalGround#getPermission <em>Permission</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RefusalGround#getArticle <em>Article</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RefusalGround#getProvision <em>Provision</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RefusalGround#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RefusalGround#isRequiresReservation <em>Requires Reservation</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RefusalGround#isPostponeOnly <em>Postpone Only</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RefusalGround#getReframeAs <em>Reframe As</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RefusalGround#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RefusalGround#getDeclarationTopic <em>Declaration Topic</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RefusalGround#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.rogatory.treaty.model.TreatyPackage#getRefusalGround()
 * @model
 * @generated
 */
public interface RefusalGround extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRefusalGround_Key()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RefusalGround#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRefusalGround_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RefusalGround#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Permission</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.treaty.model.GroundPermission}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Permission</em>' attribute.
	 * @see org.rogatory.treaty.model.GroundPermission
	 * @see #isSetPermission()
	 * @see #unsetPermission()
	 * @see #setPermission(GroundPermission)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRefusalGround_Permission()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	GroundPermission getPermission();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RefusalGround#getPermission <em>Permission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Permission</em>' attribute.
	 * @see org.rogatory.treaty.model.GroundPermission
	 * @see #isSetPermission()
	 * @see #unsetPermission()
	 * @see #getPermission()
	 * @generated
	 */
	void setPermission(GroundPermission value);

	/**
	 * Unsets the value of the '{@link org.rogatory.treaty.model.RefusalGround#getPermission <em>Permission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPermission()
	 * @see #getPermission()
	 * @see #setPermission(GroundPermission)
	 * @generated
	 */
	void unsetPermission();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.RefusalGround#getPermission <em>Permission</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Permission</em>' attribute is set.
	 * @see #unsetPermission()
	 * @see #getPermission()
	 * @see #setPermission(GroundPermission)
	 * @generated
	 */
	boolean isSetPermission();

	/**
	 * Returns the value of the '<em><b>Article</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The article the ground rests on (or, for an excluded ground, the article that excludes it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Article</em>' reference.
	 * @see #setArticle(Article)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRefusalGround_Article()
	 * @model required="true"
	 * @generated
	 */
	Article getArticle();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RefusalGround#getArticle <em>Article</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Article</em>' reference.
	 * @see #getArticle()
	 * @generated
	 */
	void setArticle(Article value);

	/**
	 * Returns the value of the '<em><b>Provision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provision</em>' reference.
	 * @see #setProvision(Provision)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRefusalGround_Provision()
	 * @model
	 * @generated
	 */
	Provision getProvision();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RefusalGround#getProvision <em>Provision</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provision</em>' reference.
	 * @see #getProvision()
	 * @generated
	 */
	void setProvision(Provision value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRefusalGround_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RefusalGround#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Requires Reservation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True where the ground is open only to a State that made the matching reservation, so the engine must look at the State's profile.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requires Reservation</em>' attribute.
	 * @see #setRequiresReservation(boolean)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRefusalGround_RequiresReservation()
	 * @model
	 * @generated
	 */
	boolean isRequiresReservation();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RefusalGround#isRequiresReservation <em>Requires Reservation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requires Reservation</em>' attribute.
	 * @see #isRequiresReservation()
	 * @generated
	 */
	void setRequiresReservation(boolean value);

	/**
	 * Returns the value of the '<em><b>Postpone Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True where the ground allows postponement but not refusal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Postpone Only</em>' attribute.
	 * @see #setPostponeOnly(boolean)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRefusalGround_PostponeOnly()
	 * @model
	 * @generated
	 */
	boolean isPostponeOnly();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RefusalGround#isPostponeOnly <em>Postpone Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Postpone Only</em>' attribute.
	 * @see #isPostponeOnly()
	 * @generated
	 */
	void setPostponeOnly(boolean value);

	/**
	 * Returns the value of the '<em><b>Reframe As</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.treaty.model.RefusalGround}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a ground that may not be invoked as such: the grounds through which the same concern can lawfully be raised.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reframe As</em>' reference list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getRefusalGround_ReframeAs()
	 * @model
	 * @generated
	 */
	EList<RefusalGround> getReframeAs();

	/**
	 * Returns the value of the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Explanation</em>' attribute.
	 * @see #setExplanation(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRefusalGround_Explanation()
	 * @model required="true"
	 * @generated
	 */
	String getExplanation();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RefusalGround#getExplanation <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Explanation</em>' attribute.
	 * @see #getExplanation()
	 * @generated
	 */
	void setExplanation(String value);

	/**
	 * Returns the value of the '<em><b>Declaration Topic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a ground that requires a reservation: the topic of that reservation, so the engine can look for it among the requested State's declarations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Declaration Topic</em>' reference.
	 * @see #setDeclarationTopic(DeclarationTopic)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRefusalGround_DeclarationTopic()
	 * @model
	 * @generated
	 */
	DeclarationTopic getDeclarationTopic();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RefusalGround#getDeclarationTopic <em>Declaration Topic</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Declaration Topic</em>' reference.
	 * @see #getDeclarationTopic()
	 * @generated
	 */
	void setDeclarationTopic(DeclarationTopic value);

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
	 * @see org.rogatory.treaty.model.TreatyPackage#getRefusalGround_Status()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	VerificationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RefusalGround#getStatus <em>Status</em>}' attribute.
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
	 * Unsets the value of the '{@link org.rogatory.treaty.model.RefusalGround#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatus()
	 * @see #getStatus()
	 * @see #setStatus(VerificationStatus)
	 * @generated
	 */
	void unsetStatus();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.RefusalGround#getStatus <em>Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Status</em>' attribute is set.
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @see #setStatus(VerificationStatus)
	 * @generated
	 */
	boolean isSetStatus();

} // RefusalGround
