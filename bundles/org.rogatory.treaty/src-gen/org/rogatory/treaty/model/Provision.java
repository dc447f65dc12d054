/**
 */
package org.rogatory.treaty.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Provision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One paragraph or sub-paragraph, in our own words. The key is stable and never encodes a doubtful number, so a renumbering after the official check changes only the paragraph label. Citations print the paragraph label only when numberStatus is VERIFIED; otherwise they cite the article alone.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.Provision#getKey <em>Key</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Provision#getParagraph <em>Paragraph</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Provision#getNumberStatus <em>Number Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Provision#isNumberApproximate <em>Number Approximate</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Provision#getText <em>Text</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Provision#getContentStatus <em>Content Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Provision#getNote <em>Note</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Provision#getArticle <em>Article</em>}</li>
 * </ul>
 *
 * @see org.rogatory.treaty.model.TreatyPackage#getProvision()
 * @model
 * @generated
 */
public interface Provision extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getProvision_Key()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Provision#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Paragraph</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The citation label with the article number, such as "2(h)" or "42(3)(f)". Empty where the notes give no number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Paragraph</em>' attribute.
	 * @see #setParagraph(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getProvision_Paragraph()
	 * @model
	 * @generated
	 */
	String getParagraph();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Provision#getParagraph <em>Paragraph</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paragraph</em>' attribute.
	 * @see #getParagraph()
	 * @generated
	 */
	void setParagraph(String value);

	/**
	 * Returns the value of the '<em><b>Number Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.treaty.model.VerificationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the paragraph NUMBER is checked. Always UNVERIFIED when the paragraph label is empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetNumberStatus()
	 * @see #unsetNumberStatus()
	 * @see #setNumberStatus(VerificationStatus)
	 * @see org.rogatory.treaty.model.TreatyPackage#getProvision_NumberStatus()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	VerificationStatus getNumberStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Provision#getNumberStatus <em>Number Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetNumberStatus()
	 * @see #unsetNumberStatus()
	 * @see #getNumberStatus()
	 * @generated
	 */
	void setNumberStatus(VerificationStatus value);

	/**
	 * Unsets the value of the '{@link org.rogatory.treaty.model.Provision#getNumberStatus <em>Number Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetNumberStatus()
	 * @see #getNumberStatus()
	 * @see #setNumberStatus(VerificationStatus)
	 * @generated
	 */
	void unsetNumberStatus();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.Provision#getNumberStatus <em>Number Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Number Status</em>' attribute is set.
	 * @see #unsetNumberStatus()
	 * @see #getNumberStatus()
	 * @see #setNumberStatus(VerificationStatus)
	 * @generated
	 */
	boolean isSetNumberStatus();

	/**
	 * Returns the value of the '<em><b>Number Approximate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True where the notes mark the number as especially doubtful ([R-num?] or "≈"), so that a reviewer checks it first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number Approximate</em>' attribute.
	 * @see #setNumberApproximate(boolean)
	 * @see org.rogatory.treaty.model.TreatyPackage#getProvision_NumberApproximate()
	 * @model
	 * @generated
	 */
	boolean isNumberApproximate();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Provision#isNumberApproximate <em>Number Approximate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number Approximate</em>' attribute.
	 * @see #isNumberApproximate()
	 * @generated
	 */
	void setNumberApproximate(boolean value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Plain English, our own words, at most about 50 words. Never treaty text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getProvision_Text()
	 * @model required="true"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Provision#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Content Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.treaty.model.VerificationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetContentStatus()
	 * @see #unsetContentStatus()
	 * @see #setContentStatus(VerificationStatus)
	 * @see org.rogatory.treaty.model.TreatyPackage#getProvision_ContentStatus()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	VerificationStatus getContentStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Provision#getContentStatus <em>Content Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetContentStatus()
	 * @see #unsetContentStatus()
	 * @see #getContentStatus()
	 * @generated
	 */
	void setContentStatus(VerificationStatus value);

	/**
	 * Unsets the value of the '{@link org.rogatory.treaty.model.Provision#getContentStatus <em>Content Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetContentStatus()
	 * @see #getContentStatus()
	 * @see #setContentStatus(VerificationStatus)
	 * @generated
	 */
	void unsetContentStatus();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.Provision#getContentStatus <em>Content Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Content Status</em>' attribute is set.
	 * @see #unsetContentStatus()
	 * @see #getContentStatus()
	 * @see #setContentStatus(VerificationStatus)
	 * @generated
	 */
	boolean isSetContentStatus();

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getProvision_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Provision#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Article</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.rogatory.treaty.model.Article#getProvisions <em>Provisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Article</em>' container reference.
	 * @see #setArticle(Article)
	 * @see org.rogatory.treaty.model.TreatyPackage#getProvision_Article()
	 * @see org.rogatory.treaty.model.Article#getProvisions
	 * @model opposite="provisions"
	 * @generated
	 */
	Article getArticle();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Provision#getArticle <em>Article</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Article</em>' container reference.
	 * @see #getArticle()
	 * @generated
	 */
	void setArticle(Article value);

} // Provision
