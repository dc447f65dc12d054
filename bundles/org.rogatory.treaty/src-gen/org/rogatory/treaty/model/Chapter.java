/**
 */
package org.rogatory.treaty.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Chapter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A chapter and the range of articles it holds. It exists so that citations and the article browser can group articles, and so that checks can prove the ranges cover every article once.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.Chapter#getKey <em>Key</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Chapter#getNumber <em>Number</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Chapter#getRoman <em>Roman</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Chapter#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Chapter#getTitleStatus <em>Title Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Chapter#getFirstArticle <em>First Article</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Chapter#getLastArticle <em>Last Article</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Chapter#getRangeStatus <em>Range Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Chapter#getNote <em>Note</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Chapter#getArticles <em>Articles</em>}</li>
 * </ul>
 *
 * @see org.rogatory.treaty.model.TreatyPackage#getChapter()
 * @model
 * @generated
 */
public interface Chapter extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getChapter_Key()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Chapter#getKey <em>Key</em>}' attribute.
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
	 * @see org.rogatory.treaty.model.TreatyPackage#getChapter_Number()
	 * @model required="true"
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Chapter#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Roman</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roman</em>' attribute.
	 * @see #setRoman(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getChapter_Roman()
	 * @model required="true"
	 * @generated
	 */
	String getRoman();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Chapter#getRoman <em>Roman</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Roman</em>' attribute.
	 * @see #getRoman()
	 * @generated
	 */
	void setRoman(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getChapter_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Chapter#getTitle <em>Title</em>}' attribute.
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
	 * @see org.rogatory.treaty.model.TreatyPackage#getChapter_TitleStatus()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	VerificationStatus getTitleStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Chapter#getTitleStatus <em>Title Status</em>}' attribute.
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
	 * Unsets the value of the '{@link org.rogatory.treaty.model.Chapter#getTitleStatus <em>Title Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTitleStatus()
	 * @see #getTitleStatus()
	 * @see #setTitleStatus(VerificationStatus)
	 * @generated
	 */
	void unsetTitleStatus();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.Chapter#getTitleStatus <em>Title Status</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>First Article</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Article</em>' attribute.
	 * @see #setFirstArticle(int)
	 * @see org.rogatory.treaty.model.TreatyPackage#getChapter_FirstArticle()
	 * @model required="true"
	 * @generated
	 */
	int getFirstArticle();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Chapter#getFirstArticle <em>First Article</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Article</em>' attribute.
	 * @see #getFirstArticle()
	 * @generated
	 */
	void setFirstArticle(int value);

	/**
	 * Returns the value of the '<em><b>Last Article</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Article</em>' attribute.
	 * @see #setLastArticle(int)
	 * @see org.rogatory.treaty.model.TreatyPackage#getChapter_LastArticle()
	 * @model required="true"
	 * @generated
	 */
	int getLastArticle();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Chapter#getLastArticle <em>Last Article</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Article</em>' attribute.
	 * @see #getLastArticle()
	 * @generated
	 */
	void setLastArticle(int value);

	/**
	 * Returns the value of the '<em><b>Range Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.treaty.model.VerificationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How well the first and last article numbers are checked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Range Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetRangeStatus()
	 * @see #unsetRangeStatus()
	 * @see #setRangeStatus(VerificationStatus)
	 * @see org.rogatory.treaty.model.TreatyPackage#getChapter_RangeStatus()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	VerificationStatus getRangeStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Chapter#getRangeStatus <em>Range Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Range Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetRangeStatus()
	 * @see #unsetRangeStatus()
	 * @see #getRangeStatus()
	 * @generated
	 */
	void setRangeStatus(VerificationStatus value);

	/**
	 * Unsets the value of the '{@link org.rogatory.treaty.model.Chapter#getRangeStatus <em>Range Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRangeStatus()
	 * @see #getRangeStatus()
	 * @see #setRangeStatus(VerificationStatus)
	 * @generated
	 */
	void unsetRangeStatus();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.Chapter#getRangeStatus <em>Range Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Range Status</em>' attribute is set.
	 * @see #unsetRangeStatus()
	 * @see #getRangeStatus()
	 * @see #setRangeStatus(VerificationStatus)
	 * @generated
	 */
	boolean isSetRangeStatus();

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getChapter_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Chapter#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Articles</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.treaty.model.Article}.
	 * It is bidirectional and its opposite is '{@link org.rogatory.treaty.model.Article#getChapter <em>Chapter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Articles</em>' containment reference list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getChapter_Articles()
	 * @see org.rogatory.treaty.model.Article#getChapter
	 * @model opposite="chapter" containment="true"
	 * @generated
	 */
	EList<Article> getArticles();

} // Chapter
