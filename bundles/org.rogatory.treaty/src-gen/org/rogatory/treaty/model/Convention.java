/**
 */
package org.rogatory.treaty.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Convention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of the knowledge base: one treaty with its chapters, the instruments it offers, the channels, refusal grounds, request contents, facts and Budapest counterparts. One root keeps the whole knowledge base in one file that a lawyer can review.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.Convention#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Convention#getShortTitle <em>Short Title</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Convention#getNickname <em>Nickname</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Convention#getArticleCount <em>Article Count</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Convention#getChapterCount <em>Chapter Count</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Convention#getChapters <em>Chapters</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Convention#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Convention#getRequestContents <em>Request Contents</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Convention#getRefusalGrounds <em>Refusal Grounds</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Convention#getBudapestCounterparts <em>Budapest Counterparts</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Convention#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Convention#getFacts <em>Facts</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.Convention#getDeclarationTopics <em>Declaration Topics</em>}</li>
 * </ul>
 *
 * @see org.rogatory.treaty.model.TreatyPackage#getConvention()
 * @model
 * @generated
 */
public interface Convention extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getConvention_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Convention#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Short Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Short Title</em>' attribute.
	 * @see #setShortTitle(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getConvention_ShortTitle()
	 * @model required="true"
	 * @generated
	 */
	String getShortTitle();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Convention#getShortTitle <em>Short Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Title</em>' attribute.
	 * @see #getShortTitle()
	 * @generated
	 */
	void setShortTitle(String value);

	/**
	 * Returns the value of the '<em><b>Nickname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nickname</em>' attribute.
	 * @see #setNickname(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getConvention_Nickname()
	 * @model
	 * @generated
	 */
	String getNickname();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Convention#getNickname <em>Nickname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nickname</em>' attribute.
	 * @see #getNickname()
	 * @generated
	 */
	void setNickname(String value);

	/**
	 * Returns the value of the '<em><b>Article Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of articles, kept as data so that checks can compare it with the articles present (68; a press figure of 71 is wrong).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Article Count</em>' attribute.
	 * @see #setArticleCount(int)
	 * @see org.rogatory.treaty.model.TreatyPackage#getConvention_ArticleCount()
	 * @model required="true"
	 * @generated
	 */
	int getArticleCount();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Convention#getArticleCount <em>Article Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Article Count</em>' attribute.
	 * @see #getArticleCount()
	 * @generated
	 */
	void setArticleCount(int value);

	/**
	 * Returns the value of the '<em><b>Chapter Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chapter Count</em>' attribute.
	 * @see #setChapterCount(int)
	 * @see org.rogatory.treaty.model.TreatyPackage#getConvention_ChapterCount()
	 * @model required="true"
	 * @generated
	 */
	int getChapterCount();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.Convention#getChapterCount <em>Chapter Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chapter Count</em>' attribute.
	 * @see #getChapterCount()
	 * @generated
	 */
	void setChapterCount(int value);

	/**
	 * Returns the value of the '<em><b>Chapters</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.treaty.model.Chapter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chapters</em>' containment reference list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getConvention_Chapters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Chapter> getChapters();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.treaty.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getConvention_Channels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Request Contents</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.treaty.model.RequestContentSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Request Contents</em>' containment reference list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getConvention_RequestContents()
	 * @model containment="true"
	 * @generated
	 */
	EList<RequestContentSet> getRequestContents();

	/**
	 * Returns the value of the '<em><b>Refusal Grounds</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.treaty.model.RefusalGround}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Refusal Grounds</em>' containment reference list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getConvention_RefusalGrounds()
	 * @model containment="true"
	 * @generated
	 */
	EList<RefusalGround> getRefusalGrounds();

	/**
	 * Returns the value of the '<em><b>Budapest Counterparts</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.treaty.model.BudapestCounterpart}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budapest Counterparts</em>' containment reference list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getConvention_BudapestCounterparts()
	 * @model containment="true"
	 * @generated
	 */
	EList<BudapestCounterpart> getBudapestCounterparts();

	/**
	 * Returns the value of the '<em><b>Instruments</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.treaty.model.Instrument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instruments</em>' containment reference list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getConvention_Instruments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Instrument> getInstruments();

	/**
	 * Returns the value of the '<em><b>Facts</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.treaty.model.Fact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Facts</em>' containment reference list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getConvention_Facts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Fact> getFacts();

	/**
	 * Returns the value of the '<em><b>Declaration Topics</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.treaty.model.DeclarationTopic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The topics of the declarations, reservations and notifications a State can make. Scenario packs name them by key in Declaration.topic, and the engine needs to know what each one changes between two States.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Declaration Topics</em>' containment reference list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getConvention_DeclarationTopics()
	 * @model containment="true"
	 * @generated
	 */
	EList<DeclarationTopic> getDeclarationTopics();

} // Convention
