/**
 */
package org.rogatory.treaty.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Declaration Topic</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A subject on which a State can declare, reserve or notify something under the Convention (the Art 42 dual-criminality reservation, the languages it accepts, the diplomatic channel). Its key is the vocabulary of Declaration.topic in scenario packs; the article and status say how far the topic itself rests on checked text.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.DeclarationTopic#getKey <em>Key</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.DeclarationTopic#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.DeclarationTopic#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.DeclarationTopic#getValues <em>Values</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.DeclarationTopic#getArticle <em>Article</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.DeclarationTopic#getProvision <em>Provision</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.DeclarationTopic#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.DeclarationTopic#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.rogatory.treaty.model.TreatyPackage#getDeclarationTopic()
 * @model
 * @generated
 */
public interface DeclarationTopic extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getDeclarationTopic_Key()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.DeclarationTopic#getKey <em>Key</em>}' attribute.
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
	 * @see org.rogatory.treaty.model.TreatyPackage#getDeclarationTopic_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.DeclarationTopic#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Plain English: what the declaration means, and what it means when a State has not made it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getDeclarationTopic_Description()
	 * @model required="true"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.DeclarationTopic#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.treaty.model.TopicValues}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' attribute.
	 * @see org.rogatory.treaty.model.TopicValues
	 * @see #isSetValues()
	 * @see #unsetValues()
	 * @see #setValues(TopicValues)
	 * @see org.rogatory.treaty.model.TreatyPackage#getDeclarationTopic_Values()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	TopicValues getValues();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.DeclarationTopic#getValues <em>Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Values</em>' attribute.
	 * @see org.rogatory.treaty.model.TopicValues
	 * @see #isSetValues()
	 * @see #unsetValues()
	 * @see #getValues()
	 * @generated
	 */
	void setValues(TopicValues value);

	/**
	 * Unsets the value of the '{@link org.rogatory.treaty.model.DeclarationTopic#getValues <em>Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetValues()
	 * @see #getValues()
	 * @see #setValues(TopicValues)
	 * @generated
	 */
	void unsetValues();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.DeclarationTopic#getValues <em>Values</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Values</em>' attribute is set.
	 * @see #unsetValues()
	 * @see #getValues()
	 * @see #setValues(TopicValues)
	 * @generated
	 */
	boolean isSetValues();

	/**
	 * Returns the value of the '<em><b>Article</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Article</em>' reference.
	 * @see #setArticle(Article)
	 * @see org.rogatory.treaty.model.TreatyPackage#getDeclarationTopic_Article()
	 * @model required="true"
	 * @generated
	 */
	Article getArticle();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.DeclarationTopic#getArticle <em>Article</em>}' reference.
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
	 * @see org.rogatory.treaty.model.TreatyPackage#getDeclarationTopic_Provision()
	 * @model
	 * @generated
	 */
	Provision getProvision();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.DeclarationTopic#getProvision <em>Provision</em>}' reference.
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
	 * @see org.rogatory.treaty.model.TreatyPackage#getDeclarationTopic_Status()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	VerificationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.DeclarationTopic#getStatus <em>Status</em>}' attribute.
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
	 * Unsets the value of the '{@link org.rogatory.treaty.model.DeclarationTopic#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatus()
	 * @see #getStatus()
	 * @see #setStatus(VerificationStatus)
	 * @generated
	 */
	void unsetStatus();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.DeclarationTopic#getStatus <em>Status</em>}' attribute is set.
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
	 * @see org.rogatory.treaty.model.TreatyPackage#getDeclarationTopic_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.DeclarationTopic#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // DeclarationTopic
