/**
 */
package org.rogatory.treaty.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Article</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One article of the Convention. Feedback cites articles, so every fact, ground and instrument points to one. The title and the summary have separate statuses, because a title can be reliable while the content is reconstructed, or the other way round.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.Article#getKey <em>Key</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Article#getNumber <em>Number</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Article#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Article#getTitleStatus <em>Title Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Article#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Article#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Article#getNote <em>Note</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Article#getChapter <em>Chapter</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Article#getProvisions <em>Provisions</em>}</li>
 * </ul>
 *
 * @see org.rogatory.treaty.model.TreatyPackage#getArticle()
 * @model
 * @generated
 */
public interface Article extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getArticle_Key()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Article#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.rogatory.treaty.model.TreatyPackage#getArticle_Number()
	 * @model required="true"
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Article#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getArticle_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Article#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Title Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.treaty.model.VerificationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetTitleStatus()
	 * @see #unsetTitleStatus()
	 * @see #setTitleStatus(VerificationStatus)
	 * @see org.rogatory.treaty.model.TreatyPackage#getArticle_TitleStatus()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	VerificationStatus getTitleStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Article#getTitleStatus <em>Title Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetTitleStatus()
	 * @see #unsetTitleStatus()
	 * @see #getTitleStatus()
	 * @generated
	 */
	void setTitleStatus(VerificationStatus value);

	/**
	 * Unsets the value of the '{@link org.rogatory.treaty.model.Article#getTitleStatus <em>Title Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTitleStatus()
	 * @see #getTitleStatus()
	 * @see #setTitleStatus(VerificationStatus)
	 * @generated
	 */
	void unsetTitleStatus();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.Article#getTitleStatus <em>Title Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Title Status</em>' attribute is set.
	 * @see #unsetTitleStatus()
	 * @see #getTitleStatus()
	 * @see #setTitleStatus(VerificationStatus)
	 * @generated
	 */
	boolean isSetTitleStatus();

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Plain English, our own words, at most about 40 words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getArticle_Summary()
	 * @model required="true"
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Article#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.treaty.model.VerificationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The status of what the summary says.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #setStatus(VerificationStatus)
	 * @see org.rogatory.treaty.model.TreatyPackage#getArticle_Status()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	VerificationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Article#getStatus <em>Status</em>}' attribute.
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
	 * Unsets the value of the '{@link org.rogatory.treaty.model.Article#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatus()
	 * @see #getStatus()
	 * @see #setStatus(VerificationStatus)
	 * @generated
	 */
	void unsetStatus();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.Article#getStatus <em>Status</em>}' attribute is set.
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
	 * @see org.rogatory.treaty.model.TreatyPackage#getArticle_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Article#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Chapter</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.rogatory.treaty.model.Chapter#getArticles <em>Articles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chapter</em>' container reference.
	 * @see #setChapter(Chapter)
	 * @see org.rogatory.treaty.model.TreatyPackage#getArticle_Chapter()
	 * @see org.rogatory.treaty.model.Chapter#getArticles
	 * @model opposite="articles"
	 * @generated
	 */
	Chapter getChapter();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Article#getChapter <em>Chapter</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chapter</em>' container reference.
	 * @see #getChapter()
	 * @generated
	 */
	void setChapter(Chapter value);

	/**
	 * Returns the value of the '<em><b>Provisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.treaty.model.Provision}.
	 * It is bidirectional and its opposite is '{@link org.rogatory.treaty.model.Provision#getArticle <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provisions</em>' containment reference list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getArticle_Provisions()
	 * @see org.rogatory.treaty.model.Provision#getArticle
	 * @model opposite="article" containment="true"
	 * @generated
	 */
	EList<Provision> getProvisions();

} // Article
