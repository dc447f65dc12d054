/**
 */
package org.rogatory.treaty.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Request Content Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The list of things a request must contain (preservation, MLA, real-time collection, interception, confiscation). It exists so that drafting practice can be scored element by element.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.RequestContentSet#getKey <em>Key</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RequestContentSet#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RequestContentSet#getArticle <em>Article</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RequestContentSet#getBuiltOn <em>Built On</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RequestContentSet#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RequestContentSet#getNote <em>Note</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.RequestContentSet#getElements <em>Elements</em>}</li>
 * </ul>
 *
 * @see org.rogatory.treaty.model.TreatyPackage#getRequestContentSet()
 * @model
 * @generated
 */
public interface RequestContentSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRequestContentSet_Key()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RequestContentSet#getKey <em>Key</em>}' attribute.
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
	 * @see org.rogatory.treaty.model.TreatyPackage#getRequestContentSet_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RequestContentSet#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Article</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Article</em>' reference.
	 * @see #setArticle(Article)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRequestContentSet_Article()
	 * @model required="true"
	 * @generated
	 */
	Article getArticle();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RequestContentSet#getArticle <em>Article</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Article</em>' reference.
	 * @see #getArticle()
	 * @generated
	 */
	void setArticle(Article value);

	/**
	 * Returns the value of the '<em><b>Built On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Another set whose elements are also required, such as the MLA contents under a confiscation request.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Built On</em>' reference.
	 * @see #setBuiltOn(RequestContentSet)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRequestContentSet_BuiltOn()
	 * @model
	 * @generated
	 */
	RequestContentSet getBuiltOn();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RequestContentSet#getBuiltOn <em>Built On</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Built On</em>' reference.
	 * @see #getBuiltOn()
	 * @generated
	 */
	void setBuiltOn(RequestContentSet value);

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
	 * @see org.rogatory.treaty.model.TreatyPackage#getRequestContentSet_Status()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	VerificationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RequestContentSet#getStatus <em>Status</em>}' attribute.
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
	 * Unsets the value of the '{@link org.rogatory.treaty.model.RequestContentSet#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatus()
	 * @see #getStatus()
	 * @see #setStatus(VerificationStatus)
	 * @generated
	 */
	void unsetStatus();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.RequestContentSet#getStatus <em>Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Status</em>' attribute is set.
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @see #setStatus(VerificationStatus)
	 * @generated
	 */
	boolean isSetStatus();

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getRequestContentSet_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.RequestContentSet#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Elements</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.treaty.model.RequestElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Elements</em>' containment reference list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getRequestContentSet_Elements()
	 * @model containment="true"
	 * @generated
	 */
	EList<RequestElement> getElements();

} // RequestContentSet
