/**
 */
package org.rogatory.treaty.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The knowledge base about the UN Convention against Cybercrime (the "Hanoi Convention") that the Rogatory engine reasons with. It is data, not code: every item carries the verification status it has in the project's convention notes, so a later check against the official text can upgrade an item by editing the data file only.
 * <!-- end-model-doc -->
 * @see org.rogatory.treaty.model.TreatyFactory
 * @model kind="package"
 * @generated
 */
public interface TreatyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://rogatory.org/treaty/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "treaty"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TreatyPackage eINSTANCE = org.rogatory.treaty.model.impl.TreatyPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.impl.ConventionImpl <em>Convention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.impl.ConventionImpl
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getConvention()
	 * @generated
	 */
	int CONVENTION = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Short Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION__SHORT_TITLE = 1;

	/**
	 * The feature id for the '<em><b>Nickname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION__NICKNAME = 2;

	/**
	 * The feature id for the '<em><b>Article Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION__ARTICLE_COUNT = 3;

	/**
	 * The feature id for the '<em><b>Chapter Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION__CHAPTER_COUNT = 4;

	/**
	 * The feature id for the '<em><b>Chapters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION__CHAPTERS = 5;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION__CHANNELS = 6;

	/**
	 * The feature id for the '<em><b>Request Contents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION__REQUEST_CONTENTS = 7;

	/**
	 * The feature id for the '<em><b>Refusal Grounds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION__REFUSAL_GROUNDS = 8;

	/**
	 * The feature id for the '<em><b>Budapest Counterparts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION__BUDAPEST_COUNTERPARTS = 9;

	/**
	 * The feature id for the '<em><b>Instruments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION__INSTRUMENTS = 10;

	/**
	 * The feature id for the '<em><b>Facts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION__FACTS = 11;

	/**
	 * The feature id for the '<em><b>Declaration Topics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION__DECLARATION_TOPICS = 12;

	/**
	 * The number of structural features of the '<em>Convention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Convention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.impl.ChapterImpl <em>Chapter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.impl.ChapterImpl
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getChapter()
	 * @generated
	 */
	int CHAPTER = 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER__KEY = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Roman</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER__ROMAN = 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER__TITLE = 3;

	/**
	 * The feature id for the '<em><b>Title Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER__TITLE_STATUS = 4;

	/**
	 * The feature id for the '<em><b>First Article</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER__FIRST_ARTICLE = 5;

	/**
	 * The feature id for the '<em><b>Last Article</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER__LAST_ARTICLE = 6;

	/**
	 * The feature id for the '<em><b>Range Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER__RANGE_STATUS = 7;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER__NOTE = 8;

	/**
	 * The feature id for the '<em><b>Articles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER__ARTICLES = 9;

	/**
	 * The number of structural features of the '<em>Chapter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Chapter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.impl.ArticleImpl <em>Article</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.impl.ArticleImpl
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getArticle()
	 * @generated
	 */
	int ARTICLE = 2;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__KEY = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Title Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__TITLE_STATUS = 3;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__SUMMARY = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__NOTE = 6;

	/**
	 * The feature id for the '<em><b>Chapter</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__CHAPTER = 7;

	/**
	 * The feature id for the '<em><b>Provisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__PROVISIONS = 8;

	/**
	 * The number of structural features of the '<em>Article</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Article</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.impl.ProvisionImpl <em>Provision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.impl.ProvisionImpl
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getProvision()
	 * @generated
	 */
	int PROVISION = 3;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__KEY = 0;

	/**
	 * The feature id for the '<em><b>Paragraph</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__PARAGRAPH = 1;

	/**
	 * The feature id for the '<em><b>Number Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__NUMBER_STATUS = 2;

	/**
	 * The feature id for the '<em><b>Number Approximate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__NUMBER_APPROXIMATE = 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__TEXT = 4;

	/**
	 * The feature id for the '<em><b>Content Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__CONTENT_STATUS = 5;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__NOTE = 6;

	/**
	 * The feature id for the '<em><b>Article</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__ARTICLE = 7;

	/**
	 * The number of structural features of the '<em>Provision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Provision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.impl.ChannelImpl <em>Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.impl.ChannelImpl
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 4;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__KEY = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Articles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__ARTICLES = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.impl.ChannelUseImpl <em>Channel Use</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.impl.ChannelUseImpl
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getChannelUse()
	 * @generated
	 */
	int CHANNEL_USE = 5;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_USE__CHANNEL = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_USE__ROLE = 1;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_USE__CONDITION = 2;

	/**
	 * The feature id for the '<em><b>Provision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_USE__PROVISION = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_USE__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Channel Use</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_USE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Channel Use</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_USE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.impl.RequestContentSetImpl <em>Request Content Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.impl.RequestContentSetImpl
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getRequestContentSet()
	 * @generated
	 */
	int REQUEST_CONTENT_SET = 6;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_CONTENT_SET__KEY = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_CONTENT_SET__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Article</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_CONTENT_SET__ARTICLE = 2;

	/**
	 * The feature id for the '<em><b>Built On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_CONTENT_SET__BUILT_ON = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_CONTENT_SET__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_CONTENT_SET__NOTE = 5;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_CONTENT_SET__ELEMENTS = 6;

	/**
	 * The number of structural features of the '<em>Request Content Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_CONTENT_SET_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Request Content Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_CONTENT_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.impl.RequestElementImpl <em>Request Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.impl.RequestElementImpl
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getRequestElement()
	 * @generated
	 */
	int REQUEST_ELEMENT = 7;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_ELEMENT__KEY = 0;

	/**
	 * The feature id for the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_ELEMENT__ITEM = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_ELEMENT__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Mandatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_ELEMENT__MANDATORY = 3;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_ELEMENT__CONDITION = 4;

	/**
	 * The feature id for the '<em><b>Provision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_ELEMENT__PROVISION = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_ELEMENT__STATUS = 6;

	/**
	 * The number of structural features of the '<em>Request Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_ELEMENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Request Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.impl.RefusalGroundImpl <em>Refusal Ground</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.impl.RefusalGroundImpl
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getRefusalGround()
	 * @generated
	 */
	int REFUSAL_GROUND = 8;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFUSAL_GROUND__KEY = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFUSAL_GROUND__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Permission</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFUSAL_GROUND__PERMISSION = 2;

	/**
	 * The feature id for the '<em><b>Article</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFUSAL_GROUND__ARTICLE = 3;

	/**
	 * The feature id for the '<em><b>Provision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFUSAL_GROUND__PROVISION = 4;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFUSAL_GROUND__CONDITION = 5;

	/**
	 * The feature id for the '<em><b>Requires Reservation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFUSAL_GROUND__REQUIRES_RESERVATION = 6;

	/**
	 * The feature id for the '<em><b>Postpone Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFUSAL_GROUND__POSTPONE_ONLY = 7;

	/**
	 * The feature id for the '<em><b>Reframe As</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFUSAL_GROUND__REFRAME_AS = 8;

	/**
	 * The feature id for the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFUSAL_GROUND__EXPLANATION = 9;

	/**
	 * The feature id for the '<em><b>Declaration Topic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFUSAL_GROUND__DECLARATION_TOPIC = 10;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFUSAL_GROUND__STATUS = 11;

	/**
	 * The number of structural features of the '<em>Refusal Ground</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFUSAL_GROUND_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Refusal Ground</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFUSAL_GROUND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.impl.BudapestCounterpartImpl <em>Budapest Counterpart</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.impl.BudapestCounterpartImpl
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getBudapestCounterpart()
	 * @generated
	 */
	int BUDAPEST_COUNTERPART = 9;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDAPEST_COUNTERPART__KEY = 0;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDAPEST_COUNTERPART__MEASURE = 1;

	/**
	 * The feature id for the '<em><b>Un Articles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDAPEST_COUNTERPART__UN_ARTICLES = 2;

	/**
	 * The feature id for the '<em><b>Budapest Articles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDAPEST_COUNTERPART__BUDAPEST_ARTICLES = 3;

	/**
	 * The feature id for the '<em><b>Differences</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDAPEST_COUNTERPART__DIFFERENCES = 4;

	/**
	 * The feature id for the '<em><b>Budapest Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDAPEST_COUNTERPART__BUDAPEST_STATUS = 5;

	/**
	 * The feature id for the '<em><b>Mapping Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDAPEST_COUNTERPART__MAPPING_STATUS = 6;

	/**
	 * The number of structural features of the '<em>Budapest Counterpart</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDAPEST_COUNTERPART_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Budapest Counterpart</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDAPEST_COUNTERPART_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.impl.InstrumentImpl <em>Instrument</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.impl.InstrumentImpl
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getInstrument()
	 * @generated
	 */
	int INSTRUMENT = 10;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__KEY = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__KIND = 2;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__LEVEL = 3;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__SUMMARY = 4;

	/**
	 * The feature id for the '<em><b>Governing Articles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__GOVERNING_ARTICLES = 5;

	/**
	 * The feature id for the '<em><b>Governing Provisions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__GOVERNING_PROVISIONS = 6;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__SCOPE = 7;

	/**
	 * The feature id for the '<em><b>Scope Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__SCOPE_STATUS = 8;

	/**
	 * The feature id for the '<em><b>Dual Criminality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__DUAL_CRIMINALITY = 9;

	/**
	 * The feature id for the '<em><b>Dual Criminality Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__DUAL_CRIMINALITY_STATUS = 10;

	/**
	 * The feature id for the '<em><b>Channel Uses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__CHANNEL_USES = 11;

	/**
	 * The feature id for the '<em><b>Request Contents</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__REQUEST_CONTENTS = 12;

	/**
	 * The feature id for the '<em><b>Refusal Grounds</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__REFUSAL_GROUNDS = 13;

	/**
	 * The feature id for the '<em><b>Refusal List Closed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__REFUSAL_LIST_CLOSED = 14;

	/**
	 * The feature id for the '<em><b>Budapest Counterpart</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__BUDAPEST_COUNTERPART = 15;

	/**
	 * The feature id for the '<em><b>Scope Provision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__SCOPE_PROVISION = 16;

	/**
	 * The feature id for the '<em><b>Dual Criminality Provision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__DUAL_CRIMINALITY_PROVISION = 17;

	/**
	 * The feature id for the '<em><b>Facts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__FACTS = 18;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__STATUS = 19;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__NOTE = 20;

	/**
	 * The number of structural features of the '<em>Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_FEATURE_COUNT = 21;

	/**
	 * The number of operations of the '<em>Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.impl.FactImpl <em>Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.impl.FactImpl
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getFact()
	 * @generated
	 */
	int FACT = 11;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__KEY = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__VALUE = 3;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__QUANTITY = 4;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__UNIT = 5;

	/**
	 * The feature id for the '<em><b>Article</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__ARTICLE = 6;

	/**
	 * The feature id for the '<em><b>Provision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__PROVISION = 7;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__STATUS = 8;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__NOTE = 9;

	/**
	 * The number of structural features of the '<em>Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.impl.DeclarationTopicImpl <em>Declaration Topic</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.impl.DeclarationTopicImpl
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getDeclarationTopic()
	 * @generated
	 */
	int DECLARATION_TOPIC = 12;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION_TOPIC__KEY = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION_TOPIC__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION_TOPIC__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION_TOPIC__VALUES = 3;

	/**
	 * The feature id for the '<em><b>Article</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION_TOPIC__ARTICLE = 4;

	/**
	 * The feature id for the '<em><b>Provision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION_TOPIC__PROVISION = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION_TOPIC__STATUS = 6;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION_TOPIC__NOTE = 7;

	/**
	 * The number of structural features of the '<em>Declaration Topic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION_TOPIC_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Declaration Topic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION_TOPIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.VerificationStatus <em>Verification Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getVerificationStatus()
	 * @generated
	 */
	int VERIFICATION_STATUS = 13;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.InstrumentKind <em>Instrument Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.InstrumentKind
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getInstrumentKind()
	 * @generated
	 */
	int INSTRUMENT_KIND = 14;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.InstrumentLevel <em>Instrument Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.InstrumentLevel
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getInstrumentLevel()
	 * @generated
	 */
	int INSTRUMENT_LEVEL = 15;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.ScopeRule <em>Scope Rule</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.ScopeRule
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getScopeRule()
	 * @generated
	 */
	int SCOPE_RULE = 16;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.DualCriminalityRule <em>Dual Criminality Rule</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.DualCriminalityRule
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getDualCriminalityRule()
	 * @generated
	 */
	int DUAL_CRIMINALITY_RULE = 17;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.ChannelRole <em>Channel Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.ChannelRole
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getChannelRole()
	 * @generated
	 */
	int CHANNEL_ROLE = 18;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.GroundPermission <em>Ground Permission</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.GroundPermission
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getGroundPermission()
	 * @generated
	 */
	int GROUND_PERMISSION = 19;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.FactKind <em>Fact Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.FactKind
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getFactKind()
	 * @generated
	 */
	int FACT_KIND = 20;

	/**
	 * The meta object id for the '{@link org.rogatory.treaty.model.TopicValues <em>Topic Values</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.treaty.model.TopicValues
	 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getTopicValues()
	 * @generated
	 */
	int TOPIC_VALUES = 21;


	/**
	 * Returns the meta object for class '{@link org.rogatory.treaty.model.Convention <em>Convention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Convention</em>'.
	 * @see org.rogatory.treaty.model.Convention
	 * @generated
	 */
	EClass getConvention();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Convention#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.rogatory.treaty.model.Convention#getTitle()
	 * @see #getConvention()
	 * @generated
	 */
	EAttribute getConvention_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Convention#getShortTitle <em>Short Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Title</em>'.
	 * @see org.rogatory.treaty.model.Convention#getShortTitle()
	 * @see #getConvention()
	 * @generated
	 */
	EAttribute getConvention_ShortTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Convention#getNickname <em>Nickname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nickname</em>'.
	 * @see org.rogatory.treaty.model.Convention#getNickname()
	 * @see #getConvention()
	 * @generated
	 */
	EAttribute getConvention_Nickname();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Convention#getArticleCount <em>Article Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Article Count</em>'.
	 * @see org.rogatory.treaty.model.Convention#getArticleCount()
	 * @see #getConvention()
	 * @generated
	 */
	EAttribute getConvention_ArticleCount();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Convention#getChapterCount <em>Chapter Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chapter Count</em>'.
	 * @see org.rogatory.treaty.model.Convention#getChapterCount()
	 * @see #getConvention()
	 * @generated
	 */
	EAttribute getConvention_ChapterCount();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.treaty.model.Convention#getChapters <em>Chapters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Chapters</em>'.
	 * @see org.rogatory.treaty.model.Convention#getChapters()
	 * @see #getConvention()
	 * @generated
	 */
	EReference getConvention_Chapters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.treaty.model.Convention#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see org.rogatory.treaty.model.Convention#getChannels()
	 * @see #getConvention()
	 * @generated
	 */
	EReference getConvention_Channels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.treaty.model.Convention#getRequestContents <em>Request Contents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Request Contents</em>'.
	 * @see org.rogatory.treaty.model.Convention#getRequestContents()
	 * @see #getConvention()
	 * @generated
	 */
	EReference getConvention_RequestContents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.treaty.model.Convention#getRefusalGrounds <em>Refusal Grounds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Refusal Grounds</em>'.
	 * @see org.rogatory.treaty.model.Convention#getRefusalGrounds()
	 * @see #getConvention()
	 * @generated
	 */
	EReference getConvention_RefusalGrounds();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.treaty.model.Convention#getBudapestCounterparts <em>Budapest Counterparts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Budapest Counterparts</em>'.
	 * @see org.rogatory.treaty.model.Convention#getBudapestCounterparts()
	 * @see #getConvention()
	 * @generated
	 */
	EReference getConvention_BudapestCounterparts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.treaty.model.Convention#getInstruments <em>Instruments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instruments</em>'.
	 * @see org.rogatory.treaty.model.Convention#getInstruments()
	 * @see #getConvention()
	 * @generated
	 */
	EReference getConvention_Instruments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.treaty.model.Convention#getFacts <em>Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Facts</em>'.
	 * @see org.rogatory.treaty.model.Convention#getFacts()
	 * @see #getConvention()
	 * @generated
	 */
	EReference getConvention_Facts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.treaty.model.Convention#getDeclarationTopics <em>Declaration Topics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Declaration Topics</em>'.
	 * @see org.rogatory.treaty.model.Convention#getDeclarationTopics()
	 * @see #getConvention()
	 * @generated
	 */
	EReference getConvention_DeclarationTopics();

	/**
	 * Returns the meta object for class '{@link org.rogatory.treaty.model.Chapter <em>Chapter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Chapter</em>'.
	 * @see org.rogatory.treaty.model.Chapter
	 * @generated
	 */
	EClass getChapter();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Chapter#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.rogatory.treaty.model.Chapter#getKey()
	 * @see #getChapter()
	 * @generated
	 */
	EAttribute getChapter_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Chapter#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.rogatory.treaty.model.Chapter#getNumber()
	 * @see #getChapter()
	 * @generated
	 */
	EAttribute getChapter_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Chapter#getRoman <em>Roman</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Roman</em>'.
	 * @see org.rogatory.treaty.model.Chapter#getRoman()
	 * @see #getChapter()
	 * @generated
	 */
	EAttribute getChapter_Roman();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Chapter#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.rogatory.treaty.model.Chapter#getTitle()
	 * @see #getChapter()
	 * @generated
	 */
	EAttribute getChapter_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Chapter#getTitleStatus <em>Title Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Status</em>'.
	 * @see org.rogatory.treaty.model.Chapter#getTitleStatus()
	 * @see #getChapter()
	 * @generated
	 */
	EAttribute getChapter_TitleStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Chapter#getFirstArticle <em>First Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Article</em>'.
	 * @see org.rogatory.treaty.model.Chapter#getFirstArticle()
	 * @see #getChapter()
	 * @generated
	 */
	EAttribute getChapter_FirstArticle();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Chapter#getLastArticle <em>Last Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Article</em>'.
	 * @see org.rogatory.treaty.model.Chapter#getLastArticle()
	 * @see #getChapter()
	 * @generated
	 */
	EAttribute getChapter_LastArticle();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Chapter#getRangeStatus <em>Range Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Range Status</em>'.
	 * @see org.rogatory.treaty.model.Chapter#getRangeStatus()
	 * @see #getChapter()
	 * @generated
	 */
	EAttribute getChapter_RangeStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Chapter#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.rogatory.treaty.model.Chapter#getNote()
	 * @see #getChapter()
	 * @generated
	 */
	EAttribute getChapter_Note();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.treaty.model.Chapter#getArticles <em>Articles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Articles</em>'.
	 * @see org.rogatory.treaty.model.Chapter#getArticles()
	 * @see #getChapter()
	 * @generated
	 */
	EReference getChapter_Articles();

	/**
	 * Returns the meta object for class '{@link org.rogatory.treaty.model.Article <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Article</em>'.
	 * @see org.rogatory.treaty.model.Article
	 * @generated
	 */
	EClass getArticle();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Article#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.rogatory.treaty.model.Article#getKey()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Article#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.rogatory.treaty.model.Article#getNumber()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Article#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.rogatory.treaty.model.Article#getTitle()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Article#getTitleStatus <em>Title Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Status</em>'.
	 * @see org.rogatory.treaty.model.Article#getTitleStatus()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_TitleStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Article#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.rogatory.treaty.model.Article#getSummary()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Summary();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Article#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rogatory.treaty.model.Article#getStatus()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Article#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.rogatory.treaty.model.Article#getNote()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Note();

	/**
	 * Returns the meta object for the container reference '{@link org.rogatory.treaty.model.Article#getChapter <em>Chapter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Chapter</em>'.
	 * @see org.rogatory.treaty.model.Article#getChapter()
	 * @see #getArticle()
	 * @generated
	 */
	EReference getArticle_Chapter();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.treaty.model.Article#getProvisions <em>Provisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Provisions</em>'.
	 * @see org.rogatory.treaty.model.Article#getProvisions()
	 * @see #getArticle()
	 * @generated
	 */
	EReference getArticle_Provisions();

	/**
	 * Returns the meta object for class '{@link org.rogatory.treaty.model.Provision <em>Provision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provision</em>'.
	 * @see org.rogatory.treaty.model.Provision
	 * @generated
	 */
	EClass getProvision();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Provision#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.rogatory.treaty.model.Provision#getKey()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Provision#getParagraph <em>Paragraph</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Paragraph</em>'.
	 * @see org.rogatory.treaty.model.Provision#getParagraph()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_Paragraph();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Provision#getNumberStatus <em>Number Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number Status</em>'.
	 * @see org.rogatory.treaty.model.Provision#getNumberStatus()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_NumberStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Provision#isNumberApproximate <em>Number Approximate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number Approximate</em>'.
	 * @see org.rogatory.treaty.model.Provision#isNumberApproximate()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_NumberApproximate();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Provision#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.rogatory.treaty.model.Provision#getText()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Provision#getContentStatus <em>Content Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Status</em>'.
	 * @see org.rogatory.treaty.model.Provision#getContentStatus()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_ContentStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Provision#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.rogatory.treaty.model.Provision#getNote()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_Note();

	/**
	 * Returns the meta object for the container reference '{@link org.rogatory.treaty.model.Provision#getArticle <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Article</em>'.
	 * @see org.rogatory.treaty.model.Provision#getArticle()
	 * @see #getProvision()
	 * @generated
	 */
	EReference getProvision_Article();

	/**
	 * Returns the meta object for class '{@link org.rogatory.treaty.model.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel</em>'.
	 * @see org.rogatory.treaty.model.Channel
	 * @generated
	 */
	EClass getChannel();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Channel#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.rogatory.treaty.model.Channel#getKey()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Channel#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.rogatory.treaty.model.Channel#getLabel()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Channel#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.rogatory.treaty.model.Channel#getDescription()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Description();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.treaty.model.Channel#getArticles <em>Articles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Articles</em>'.
	 * @see org.rogatory.treaty.model.Channel#getArticles()
	 * @see #getChannel()
	 * @generated
	 */
	EReference getChannel_Articles();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Channel#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rogatory.treaty.model.Channel#getStatus()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Status();

	/**
	 * Returns the meta object for class '{@link org.rogatory.treaty.model.ChannelUse <em>Channel Use</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel Use</em>'.
	 * @see org.rogatory.treaty.model.ChannelUse
	 * @generated
	 */
	EClass getChannelUse();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.treaty.model.ChannelUse#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.rogatory.treaty.model.ChannelUse#getChannel()
	 * @see #getChannelUse()
	 * @generated
	 */
	EReference getChannelUse_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.ChannelUse#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.rogatory.treaty.model.ChannelUse#getRole()
	 * @see #getChannelUse()
	 * @generated
	 */
	EAttribute getChannelUse_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.ChannelUse#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.rogatory.treaty.model.ChannelUse#getCondition()
	 * @see #getChannelUse()
	 * @generated
	 */
	EAttribute getChannelUse_Condition();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.treaty.model.ChannelUse#getProvision <em>Provision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provision</em>'.
	 * @see org.rogatory.treaty.model.ChannelUse#getProvision()
	 * @see #getChannelUse()
	 * @generated
	 */
	EReference getChannelUse_Provision();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.ChannelUse#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rogatory.treaty.model.ChannelUse#getStatus()
	 * @see #getChannelUse()
	 * @generated
	 */
	EAttribute getChannelUse_Status();

	/**
	 * Returns the meta object for class '{@link org.rogatory.treaty.model.RequestContentSet <em>Request Content Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Request Content Set</em>'.
	 * @see org.rogatory.treaty.model.RequestContentSet
	 * @generated
	 */
	EClass getRequestContentSet();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.RequestContentSet#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.rogatory.treaty.model.RequestContentSet#getKey()
	 * @see #getRequestContentSet()
	 * @generated
	 */
	EAttribute getRequestContentSet_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.RequestContentSet#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.rogatory.treaty.model.RequestContentSet#getLabel()
	 * @see #getRequestContentSet()
	 * @generated
	 */
	EAttribute getRequestContentSet_Label();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.treaty.model.RequestContentSet#getArticle <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Article</em>'.
	 * @see org.rogatory.treaty.model.RequestContentSet#getArticle()
	 * @see #getRequestContentSet()
	 * @generated
	 */
	EReference getRequestContentSet_Article();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.treaty.model.RequestContentSet#getBuiltOn <em>Built On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Built On</em>'.
	 * @see org.rogatory.treaty.model.RequestContentSet#getBuiltOn()
	 * @see #getRequestContentSet()
	 * @generated
	 */
	EReference getRequestContentSet_BuiltOn();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.RequestContentSet#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rogatory.treaty.model.RequestContentSet#getStatus()
	 * @see #getRequestContentSet()
	 * @generated
	 */
	EAttribute getRequestContentSet_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.RequestContentSet#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.rogatory.treaty.model.RequestContentSet#getNote()
	 * @see #getRequestContentSet()
	 * @generated
	 */
	EAttribute getRequestContentSet_Note();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.treaty.model.RequestContentSet#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Elements</em>'.
	 * @see org.rogatory.treaty.model.RequestContentSet#getElements()
	 * @see #getRequestContentSet()
	 * @generated
	 */
	EReference getRequestContentSet_Elements();

	/**
	 * Returns the meta object for class '{@link org.rogatory.treaty.model.RequestElement <em>Request Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Request Element</em>'.
	 * @see org.rogatory.treaty.model.RequestElement
	 * @generated
	 */
	EClass getRequestElement();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.RequestElement#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.rogatory.treaty.model.RequestElement#getKey()
	 * @see #getRequestElement()
	 * @generated
	 */
	EAttribute getRequestElement_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.RequestElement#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item</em>'.
	 * @see org.rogatory.treaty.model.RequestElement#getItem()
	 * @see #getRequestElement()
	 * @generated
	 */
	EAttribute getRequestElement_Item();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.RequestElement#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.rogatory.treaty.model.RequestElement#getLabel()
	 * @see #getRequestElement()
	 * @generated
	 */
	EAttribute getRequestElement_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.RequestElement#isMandatory <em>Mandatory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mandatory</em>'.
	 * @see org.rogatory.treaty.model.RequestElement#isMandatory()
	 * @see #getRequestElement()
	 * @generated
	 */
	EAttribute getRequestElement_Mandatory();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.RequestElement#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.rogatory.treaty.model.RequestElement#getCondition()
	 * @see #getRequestElement()
	 * @generated
	 */
	EAttribute getRequestElement_Condition();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.treaty.model.RequestElement#getProvision <em>Provision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provision</em>'.
	 * @see org.rogatory.treaty.model.RequestElement#getProvision()
	 * @see #getRequestElement()
	 * @generated
	 */
	EReference getRequestElement_Provision();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.RequestElement#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rogatory.treaty.model.RequestElement#getStatus()
	 * @see #getRequestElement()
	 * @generated
	 */
	EAttribute getRequestElement_Status();

	/**
	 * Returns the meta object for class '{@link org.rogatory.treaty.model.RefusalGround <em>Refusal Ground</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Refusal Ground</em>'.
	 * @see org.rogatory.treaty.model.RefusalGround
	 * @generated
	 */
	EClass getRefusalGround();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.RefusalGround#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.rogatory.treaty.model.RefusalGround#getKey()
	 * @see #getRefusalGround()
	 * @generated
	 */
	EAttribute getRefusalGround_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.RefusalGround#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.rogatory.treaty.model.RefusalGround#getLabel()
	 * @see #getRefusalGround()
	 * @generated
	 */
	EAttribute getRefusalGround_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.RefusalGround#getPermission <em>Permission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Permission</em>'.
	 * @see org.rogatory.treaty.model.RefusalGround#getPermission()
	 * @see #getRefusalGround()
	 * @generated
	 */
	EAttribute getRefusalGround_Permission();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.treaty.model.RefusalGround#getArticle <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Article</em>'.
	 * @see org.rogatory.treaty.model.RefusalGround#getArticle()
	 * @see #getRefusalGround()
	 * @generated
	 */
	EReference getRefusalGround_Article();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.treaty.model.RefusalGround#getProvision <em>Provision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provision</em>'.
	 * @see org.rogatory.treaty.model.RefusalGround#getProvision()
	 * @see #getRefusalGround()
	 * @generated
	 */
	EReference getRefusalGround_Provision();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.RefusalGround#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.rogatory.treaty.model.RefusalGround#getCondition()
	 * @see #getRefusalGround()
	 * @generated
	 */
	EAttribute getRefusalGround_Condition();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.RefusalGround#isRequiresReservation <em>Requires Reservation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Requires Reservation</em>'.
	 * @see org.rogatory.treaty.model.RefusalGround#isRequiresReservation()
	 * @see #getRefusalGround()
	 * @generated
	 */
	EAttribute getRefusalGround_RequiresReservation();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.RefusalGround#isPostponeOnly <em>Postpone Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Postpone Only</em>'.
	 * @see org.rogatory.treaty.model.RefusalGround#isPostponeOnly()
	 * @see #getRefusalGround()
	 * @generated
	 */
	EAttribute getRefusalGround_PostponeOnly();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.treaty.model.RefusalGround#getReframeAs <em>Reframe As</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Reframe As</em>'.
	 * @see org.rogatory.treaty.model.RefusalGround#getReframeAs()
	 * @see #getRefusalGround()
	 * @generated
	 */
	EReference getRefusalGround_ReframeAs();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.RefusalGround#getExplanation <em>Explanation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Explanation</em>'.
	 * @see org.rogatory.treaty.model.RefusalGround#getExplanation()
	 * @see #getRefusalGround()
	 * @generated
	 */
	EAttribute getRefusalGround_Explanation();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.treaty.model.RefusalGround#getDeclarationTopic <em>Declaration Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Declaration Topic</em>'.
	 * @see org.rogatory.treaty.model.RefusalGround#getDeclarationTopic()
	 * @see #getRefusalGround()
	 * @generated
	 */
	EReference getRefusalGround_DeclarationTopic();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.RefusalGround#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rogatory.treaty.model.RefusalGround#getStatus()
	 * @see #getRefusalGround()
	 * @generated
	 */
	EAttribute getRefusalGround_Status();

	/**
	 * Returns the meta object for class '{@link org.rogatory.treaty.model.BudapestCounterpart <em>Budapest Counterpart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budapest Counterpart</em>'.
	 * @see org.rogatory.treaty.model.BudapestCounterpart
	 * @generated
	 */
	EClass getBudapestCounterpart();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.BudapestCounterpart#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.rogatory.treaty.model.BudapestCounterpart#getKey()
	 * @see #getBudapestCounterpart()
	 * @generated
	 */
	EAttribute getBudapestCounterpart_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.BudapestCounterpart#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure</em>'.
	 * @see org.rogatory.treaty.model.BudapestCounterpart#getMeasure()
	 * @see #getBudapestCounterpart()
	 * @generated
	 */
	EAttribute getBudapestCounterpart_Measure();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.treaty.model.BudapestCounterpart#getUnArticles <em>Un Articles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Un Articles</em>'.
	 * @see org.rogatory.treaty.model.BudapestCounterpart#getUnArticles()
	 * @see #getBudapestCounterpart()
	 * @generated
	 */
	EReference getBudapestCounterpart_UnArticles();

	/**
	 * Returns the meta object for the attribute list '{@link org.rogatory.treaty.model.BudapestCounterpart#getBudapestArticles <em>Budapest Articles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Budapest Articles</em>'.
	 * @see org.rogatory.treaty.model.BudapestCounterpart#getBudapestArticles()
	 * @see #getBudapestCounterpart()
	 * @generated
	 */
	EAttribute getBudapestCounterpart_BudapestArticles();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.BudapestCounterpart#getDifferences <em>Differences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Differences</em>'.
	 * @see org.rogatory.treaty.model.BudapestCounterpart#getDifferences()
	 * @see #getBudapestCounterpart()
	 * @generated
	 */
	EAttribute getBudapestCounterpart_Differences();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.BudapestCounterpart#getBudapestStatus <em>Budapest Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budapest Status</em>'.
	 * @see org.rogatory.treaty.model.BudapestCounterpart#getBudapestStatus()
	 * @see #getBudapestCounterpart()
	 * @generated
	 */
	EAttribute getBudapestCounterpart_BudapestStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.BudapestCounterpart#getMappingStatus <em>Mapping Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mapping Status</em>'.
	 * @see org.rogatory.treaty.model.BudapestCounterpart#getMappingStatus()
	 * @see #getBudapestCounterpart()
	 * @generated
	 */
	EAttribute getBudapestCounterpart_MappingStatus();

	/**
	 * Returns the meta object for class '{@link org.rogatory.treaty.model.Instrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instrument</em>'.
	 * @see org.rogatory.treaty.model.Instrument
	 * @generated
	 */
	EClass getInstrument();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Instrument#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getKey()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Instrument#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getLabel()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Instrument#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getKind()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Instrument#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getLevel()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Instrument#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getSummary()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Summary();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.treaty.model.Instrument#getGoverningArticles <em>Governing Articles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Governing Articles</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getGoverningArticles()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_GoverningArticles();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.treaty.model.Instrument#getGoverningProvisions <em>Governing Provisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Governing Provisions</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getGoverningProvisions()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_GoverningProvisions();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Instrument#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getScope()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Scope();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Instrument#getScopeStatus <em>Scope Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope Status</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getScopeStatus()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_ScopeStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Instrument#getDualCriminality <em>Dual Criminality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dual Criminality</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getDualCriminality()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_DualCriminality();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Instrument#getDualCriminalityStatus <em>Dual Criminality Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dual Criminality Status</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getDualCriminalityStatus()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_DualCriminalityStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.treaty.model.Instrument#getChannelUses <em>Channel Uses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channel Uses</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getChannelUses()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_ChannelUses();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.treaty.model.Instrument#getRequestContents <em>Request Contents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Request Contents</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getRequestContents()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_RequestContents();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.treaty.model.Instrument#getRefusalGrounds <em>Refusal Grounds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Refusal Grounds</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getRefusalGrounds()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_RefusalGrounds();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Instrument#isRefusalListClosed <em>Refusal List Closed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Refusal List Closed</em>'.
	 * @see org.rogatory.treaty.model.Instrument#isRefusalListClosed()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_RefusalListClosed();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.treaty.model.Instrument#getBudapestCounterpart <em>Budapest Counterpart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Budapest Counterpart</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getBudapestCounterpart()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_BudapestCounterpart();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.treaty.model.Instrument#getScopeProvision <em>Scope Provision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scope Provision</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getScopeProvision()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_ScopeProvision();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.treaty.model.Instrument#getDualCriminalityProvision <em>Dual Criminality Provision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dual Criminality Provision</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getDualCriminalityProvision()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_DualCriminalityProvision();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.treaty.model.Instrument#getFacts <em>Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Facts</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getFacts()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_Facts();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Instrument#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getStatus()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Instrument#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.rogatory.treaty.model.Instrument#getNote()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Note();

	/**
	 * Returns the meta object for class '{@link org.rogatory.treaty.model.Fact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fact</em>'.
	 * @see org.rogatory.treaty.model.Fact
	 * @generated
	 */
	EClass getFact();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Fact#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.rogatory.treaty.model.Fact#getKey()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Fact#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rogatory.treaty.model.Fact#getKind()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Fact#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.rogatory.treaty.model.Fact#getLabel()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Fact#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.rogatory.treaty.model.Fact#getValue()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Fact#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.rogatory.treaty.model.Fact#getQuantity()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_Quantity();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Fact#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.rogatory.treaty.model.Fact#getUnit()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_Unit();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.treaty.model.Fact#getArticle <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Article</em>'.
	 * @see org.rogatory.treaty.model.Fact#getArticle()
	 * @see #getFact()
	 * @generated
	 */
	EReference getFact_Article();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.treaty.model.Fact#getProvision <em>Provision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provision</em>'.
	 * @see org.rogatory.treaty.model.Fact#getProvision()
	 * @see #getFact()
	 * @generated
	 */
	EReference getFact_Provision();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Fact#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rogatory.treaty.model.Fact#getStatus()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.Fact#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.rogatory.treaty.model.Fact#getNote()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_Note();

	/**
	 * Returns the meta object for class '{@link org.rogatory.treaty.model.DeclarationTopic <em>Declaration Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Declaration Topic</em>'.
	 * @see org.rogatory.treaty.model.DeclarationTopic
	 * @generated
	 */
	EClass getDeclarationTopic();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.DeclarationTopic#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.rogatory.treaty.model.DeclarationTopic#getKey()
	 * @see #getDeclarationTopic()
	 * @generated
	 */
	EAttribute getDeclarationTopic_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.DeclarationTopic#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.rogatory.treaty.model.DeclarationTopic#getLabel()
	 * @see #getDeclarationTopic()
	 * @generated
	 */
	EAttribute getDeclarationTopic_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.DeclarationTopic#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.rogatory.treaty.model.DeclarationTopic#getDescription()
	 * @see #getDeclarationTopic()
	 * @generated
	 */
	EAttribute getDeclarationTopic_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.DeclarationTopic#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Values</em>'.
	 * @see org.rogatory.treaty.model.DeclarationTopic#getValues()
	 * @see #getDeclarationTopic()
	 * @generated
	 */
	EAttribute getDeclarationTopic_Values();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.treaty.model.DeclarationTopic#getArticle <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Article</em>'.
	 * @see org.rogatory.treaty.model.DeclarationTopic#getArticle()
	 * @see #getDeclarationTopic()
	 * @generated
	 */
	EReference getDeclarationTopic_Article();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.treaty.model.DeclarationTopic#getProvision <em>Provision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provision</em>'.
	 * @see org.rogatory.treaty.model.DeclarationTopic#getProvision()
	 * @see #getDeclarationTopic()
	 * @generated
	 */
	EReference getDeclarationTopic_Provision();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.DeclarationTopic#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rogatory.treaty.model.DeclarationTopic#getStatus()
	 * @see #getDeclarationTopic()
	 * @generated
	 */
	EAttribute getDeclarationTopic_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.treaty.model.DeclarationTopic#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.rogatory.treaty.model.DeclarationTopic#getNote()
	 * @see #getDeclarationTopic()
	 * @generated
	 */
	EAttribute getDeclarationTopic_Note();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.treaty.model.VerificationStatus <em>Verification Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verification Status</em>'.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @generated
	 */
	EEnum getVerificationStatus();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.treaty.model.InstrumentKind <em>Instrument Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Instrument Kind</em>'.
	 * @see org.rogatory.treaty.model.InstrumentKind
	 * @generated
	 */
	EEnum getInstrumentKind();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.treaty.model.InstrumentLevel <em>Instrument Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Instrument Level</em>'.
	 * @see org.rogatory.treaty.model.InstrumentLevel
	 * @generated
	 */
	EEnum getInstrumentLevel();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.treaty.model.ScopeRule <em>Scope Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scope Rule</em>'.
	 * @see org.rogatory.treaty.model.ScopeRule
	 * @generated
	 */
	EEnum getScopeRule();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.treaty.model.DualCriminalityRule <em>Dual Criminality Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dual Criminality Rule</em>'.
	 * @see org.rogatory.treaty.model.DualCriminalityRule
	 * @generated
	 */
	EEnum getDualCriminalityRule();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.treaty.model.ChannelRole <em>Channel Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel Role</em>'.
	 * @see org.rogatory.treaty.model.ChannelRole
	 * @generated
	 */
	EEnum getChannelRole();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.treaty.model.GroundPermission <em>Ground Permission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ground Permission</em>'.
	 * @see org.rogatory.treaty.model.GroundPermission
	 * @generated
	 */
	EEnum getGroundPermission();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.treaty.model.FactKind <em>Fact Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fact Kind</em>'.
	 * @see org.rogatory.treaty.model.FactKind
	 * @generated
	 */
	EEnum getFactKind();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.treaty.model.TopicValues <em>Topic Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Topic Values</em>'.
	 * @see org.rogatory.treaty.model.TopicValues
	 * @generated
	 */
	EEnum getTopicValues();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TreatyFactory getTreatyFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.impl.ConventionImpl <em>Convention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.impl.ConventionImpl
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getConvention()
		 * @generated
		 */
		EClass CONVENTION = eINSTANCE.getConvention();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVENTION__TITLE = eINSTANCE.getConvention_Title();

		/**
		 * The meta object literal for the '<em><b>Short Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVENTION__SHORT_TITLE = eINSTANCE.getConvention_ShortTitle();

		/**
		 * The meta object literal for the '<em><b>Nickname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVENTION__NICKNAME = eINSTANCE.getConvention_Nickname();

		/**
		 * The meta object literal for the '<em><b>Article Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVENTION__ARTICLE_COUNT = eINSTANCE.getConvention_ArticleCount();

		/**
		 * The meta object literal for the '<em><b>Chapter Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVENTION__CHAPTER_COUNT = eINSTANCE.getConvention_ChapterCount();

		/**
		 * The meta object literal for the '<em><b>Chapters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVENTION__CHAPTERS = eINSTANCE.getConvention_Chapters();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVENTION__CHANNELS = eINSTANCE.getConvention_Channels();

		/**
		 * The meta object literal for the '<em><b>Request Contents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVENTION__REQUEST_CONTENTS = eINSTANCE.getConvention_RequestContents();

		/**
		 * The meta object literal for the '<em><b>Refusal Grounds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVENTION__REFUSAL_GROUNDS = eINSTANCE.getConvention_RefusalGrounds();

		/**
		 * The meta object literal for the '<em><b>Budapest Counterparts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVENTION__BUDAPEST_COUNTERPARTS = eINSTANCE.getConvention_BudapestCounterparts();

		/**
		 * The meta object literal for the '<em><b>Instruments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVENTION__INSTRUMENTS = eINSTANCE.getConvention_Instruments();

		/**
		 * The meta object literal for the '<em><b>Facts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVENTION__FACTS = eINSTANCE.getConvention_Facts();

		/**
		 * The meta object literal for the '<em><b>Declaration Topics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVENTION__DECLARATION_TOPICS = eINSTANCE.getConvention_DeclarationTopics();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.impl.ChapterImpl <em>Chapter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.impl.ChapterImpl
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getChapter()
		 * @generated
		 */
		EClass CHAPTER = eINSTANCE.getChapter();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAPTER__KEY = eINSTANCE.getChapter_Key();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAPTER__NUMBER = eINSTANCE.getChapter_Number();

		/**
		 * The meta object literal for the '<em><b>Roman</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAPTER__ROMAN = eINSTANCE.getChapter_Roman();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAPTER__TITLE = eINSTANCE.getChapter_Title();

		/**
		 * The meta object literal for the '<em><b>Title Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAPTER__TITLE_STATUS = eINSTANCE.getChapter_TitleStatus();

		/**
		 * The meta object literal for the '<em><b>First Article</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAPTER__FIRST_ARTICLE = eINSTANCE.getChapter_FirstArticle();

		/**
		 * The meta object literal for the '<em><b>Last Article</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAPTER__LAST_ARTICLE = eINSTANCE.getChapter_LastArticle();

		/**
		 * The meta object literal for the '<em><b>Range Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAPTER__RANGE_STATUS = eINSTANCE.getChapter_RangeStatus();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAPTER__NOTE = eINSTANCE.getChapter_Note();

		/**
		 * The meta object literal for the '<em><b>Articles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHAPTER__ARTICLES = eINSTANCE.getChapter_Articles();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.impl.ArticleImpl <em>Article</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.impl.ArticleImpl
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getArticle()
		 * @generated
		 */
		EClass ARTICLE = eINSTANCE.getArticle();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__KEY = eINSTANCE.getArticle_Key();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__NUMBER = eINSTANCE.getArticle_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__TITLE = eINSTANCE.getArticle_Title();

		/**
		 * The meta object literal for the '<em><b>Title Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__TITLE_STATUS = eINSTANCE.getArticle_TitleStatus();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__SUMMARY = eINSTANCE.getArticle_Summary();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__STATUS = eINSTANCE.getArticle_Status();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__NOTE = eINSTANCE.getArticle_Note();

		/**
		 * The meta object literal for the '<em><b>Chapter</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARTICLE__CHAPTER = eINSTANCE.getArticle_Chapter();

		/**
		 * The meta object literal for the '<em><b>Provisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARTICLE__PROVISIONS = eINSTANCE.getArticle_Provisions();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.impl.ProvisionImpl <em>Provision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.impl.ProvisionImpl
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getProvision()
		 * @generated
		 */
		EClass PROVISION = eINSTANCE.getProvision();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__KEY = eINSTANCE.getProvision_Key();

		/**
		 * The meta object literal for the '<em><b>Paragraph</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__PARAGRAPH = eINSTANCE.getProvision_Paragraph();

		/**
		 * The meta object literal for the '<em><b>Number Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__NUMBER_STATUS = eINSTANCE.getProvision_NumberStatus();

		/**
		 * The meta object literal for the '<em><b>Number Approximate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__NUMBER_APPROXIMATE = eINSTANCE.getProvision_NumberApproximate();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__TEXT = eINSTANCE.getProvision_Text();

		/**
		 * The meta object literal for the '<em><b>Content Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__CONTENT_STATUS = eINSTANCE.getProvision_ContentStatus();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__NOTE = eINSTANCE.getProvision_Note();

		/**
		 * The meta object literal for the '<em><b>Article</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROVISION__ARTICLE = eINSTANCE.getProvision_Article();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.impl.ChannelImpl <em>Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.impl.ChannelImpl
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getChannel()
		 * @generated
		 */
		EClass CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__KEY = eINSTANCE.getChannel_Key();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__LABEL = eINSTANCE.getChannel_Label();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__DESCRIPTION = eINSTANCE.getChannel_Description();

		/**
		 * The meta object literal for the '<em><b>Articles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL__ARTICLES = eINSTANCE.getChannel_Articles();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__STATUS = eINSTANCE.getChannel_Status();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.impl.ChannelUseImpl <em>Channel Use</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.impl.ChannelUseImpl
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getChannelUse()
		 * @generated
		 */
		EClass CHANNEL_USE = eINSTANCE.getChannelUse();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL_USE__CHANNEL = eINSTANCE.getChannelUse_Channel();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_USE__ROLE = eINSTANCE.getChannelUse_Role();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_USE__CONDITION = eINSTANCE.getChannelUse_Condition();

		/**
		 * The meta object literal for the '<em><b>Provision</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL_USE__PROVISION = eINSTANCE.getChannelUse_Provision();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_USE__STATUS = eINSTANCE.getChannelUse_Status();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.impl.RequestContentSetImpl <em>Request Content Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.impl.RequestContentSetImpl
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getRequestContentSet()
		 * @generated
		 */
		EClass REQUEST_CONTENT_SET = eINSTANCE.getRequestContentSet();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUEST_CONTENT_SET__KEY = eINSTANCE.getRequestContentSet_Key();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUEST_CONTENT_SET__LABEL = eINSTANCE.getRequestContentSet_Label();

		/**
		 * The meta object literal for the '<em><b>Article</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REQUEST_CONTENT_SET__ARTICLE = eINSTANCE.getRequestContentSet_Article();

		/**
		 * The meta object literal for the '<em><b>Built On</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REQUEST_CONTENT_SET__BUILT_ON = eINSTANCE.getRequestContentSet_BuiltOn();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUEST_CONTENT_SET__STATUS = eINSTANCE.getRequestContentSet_Status();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUEST_CONTENT_SET__NOTE = eINSTANCE.getRequestContentSet_Note();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REQUEST_CONTENT_SET__ELEMENTS = eINSTANCE.getRequestContentSet_Elements();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.impl.RequestElementImpl <em>Request Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.impl.RequestElementImpl
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getRequestElement()
		 * @generated
		 */
		EClass REQUEST_ELEMENT = eINSTANCE.getRequestElement();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUEST_ELEMENT__KEY = eINSTANCE.getRequestElement_Key();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUEST_ELEMENT__ITEM = eINSTANCE.getRequestElement_Item();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUEST_ELEMENT__LABEL = eINSTANCE.getRequestElement_Label();

		/**
		 * The meta object literal for the '<em><b>Mandatory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUEST_ELEMENT__MANDATORY = eINSTANCE.getRequestElement_Mandatory();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUEST_ELEMENT__CONDITION = eINSTANCE.getRequestElement_Condition();

		/**
		 * The meta object literal for the '<em><b>Provision</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REQUEST_ELEMENT__PROVISION = eINSTANCE.getRequestElement_Provision();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUEST_ELEMENT__STATUS = eINSTANCE.getRequestElement_Status();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.impl.RefusalGroundImpl <em>Refusal Ground</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.impl.RefusalGroundImpl
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getRefusalGround()
		 * @generated
		 */
		EClass REFUSAL_GROUND = eINSTANCE.getRefusalGround();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFUSAL_GROUND__KEY = eINSTANCE.getRefusalGround_Key();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFUSAL_GROUND__LABEL = eINSTANCE.getRefusalGround_Label();

		/**
		 * The meta object literal for the '<em><b>Permission</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFUSAL_GROUND__PERMISSION = eINSTANCE.getRefusalGround_Permission();

		/**
		 * The meta object literal for the '<em><b>Article</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFUSAL_GROUND__ARTICLE = eINSTANCE.getRefusalGround_Article();

		/**
		 * The meta object literal for the '<em><b>Provision</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFUSAL_GROUND__PROVISION = eINSTANCE.getRefusalGround_Provision();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFUSAL_GROUND__CONDITION = eINSTANCE.getRefusalGround_Condition();

		/**
		 * The meta object literal for the '<em><b>Requires Reservation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFUSAL_GROUND__REQUIRES_RESERVATION = eINSTANCE.getRefusalGround_RequiresReservation();

		/**
		 * The meta object literal for the '<em><b>Postpone Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFUSAL_GROUND__POSTPONE_ONLY = eINSTANCE.getRefusalGround_PostponeOnly();

		/**
		 * The meta object literal for the '<em><b>Reframe As</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFUSAL_GROUND__REFRAME_AS = eINSTANCE.getRefusalGround_ReframeAs();

		/**
		 * The meta object literal for the '<em><b>Explanation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFUSAL_GROUND__EXPLANATION = eINSTANCE.getRefusalGround_Explanation();

		/**
		 * The meta object literal for the '<em><b>Declaration Topic</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFUSAL_GROUND__DECLARATION_TOPIC = eINSTANCE.getRefusalGround_DeclarationTopic();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFUSAL_GROUND__STATUS = eINSTANCE.getRefusalGround_Status();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.impl.BudapestCounterpartImpl <em>Budapest Counterpart</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.impl.BudapestCounterpartImpl
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getBudapestCounterpart()
		 * @generated
		 */
		EClass BUDAPEST_COUNTERPART = eINSTANCE.getBudapestCounterpart();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDAPEST_COUNTERPART__KEY = eINSTANCE.getBudapestCounterpart_Key();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDAPEST_COUNTERPART__MEASURE = eINSTANCE.getBudapestCounterpart_Measure();

		/**
		 * The meta object literal for the '<em><b>Un Articles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDAPEST_COUNTERPART__UN_ARTICLES = eINSTANCE.getBudapestCounterpart_UnArticles();

		/**
		 * The meta object literal for the '<em><b>Budapest Articles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDAPEST_COUNTERPART__BUDAPEST_ARTICLES = eINSTANCE.getBudapestCounterpart_BudapestArticles();

		/**
		 * The meta object literal for the '<em><b>Differences</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDAPEST_COUNTERPART__DIFFERENCES = eINSTANCE.getBudapestCounterpart_Differences();

		/**
		 * The meta object literal for the '<em><b>Budapest Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDAPEST_COUNTERPART__BUDAPEST_STATUS = eINSTANCE.getBudapestCounterpart_BudapestStatus();

		/**
		 * The meta object literal for the '<em><b>Mapping Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDAPEST_COUNTERPART__MAPPING_STATUS = eINSTANCE.getBudapestCounterpart_MappingStatus();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.impl.InstrumentImpl <em>Instrument</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.impl.InstrumentImpl
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getInstrument()
		 * @generated
		 */
		EClass INSTRUMENT = eINSTANCE.getInstrument();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__KEY = eINSTANCE.getInstrument_Key();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__LABEL = eINSTANCE.getInstrument_Label();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__KIND = eINSTANCE.getInstrument_Kind();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__LEVEL = eINSTANCE.getInstrument_Level();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__SUMMARY = eINSTANCE.getInstrument_Summary();

		/**
		 * The meta object literal for the '<em><b>Governing Articles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__GOVERNING_ARTICLES = eINSTANCE.getInstrument_GoverningArticles();

		/**
		 * The meta object literal for the '<em><b>Governing Provisions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__GOVERNING_PROVISIONS = eINSTANCE.getInstrument_GoverningProvisions();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__SCOPE = eINSTANCE.getInstrument_Scope();

		/**
		 * The meta object literal for the '<em><b>Scope Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__SCOPE_STATUS = eINSTANCE.getInstrument_ScopeStatus();

		/**
		 * The meta object literal for the '<em><b>Dual Criminality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__DUAL_CRIMINALITY = eINSTANCE.getInstrument_DualCriminality();

		/**
		 * The meta object literal for the '<em><b>Dual Criminality Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__DUAL_CRIMINALITY_STATUS = eINSTANCE.getInstrument_DualCriminalityStatus();

		/**
		 * The meta object literal for the '<em><b>Channel Uses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__CHANNEL_USES = eINSTANCE.getInstrument_ChannelUses();

		/**
		 * The meta object literal for the '<em><b>Request Contents</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__REQUEST_CONTENTS = eINSTANCE.getInstrument_RequestContents();

		/**
		 * The meta object literal for the '<em><b>Refusal Grounds</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__REFUSAL_GROUNDS = eINSTANCE.getInstrument_RefusalGrounds();

		/**
		 * The meta object literal for the '<em><b>Refusal List Closed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__REFUSAL_LIST_CLOSED = eINSTANCE.getInstrument_RefusalListClosed();

		/**
		 * The meta object literal for the '<em><b>Budapest Counterpart</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__BUDAPEST_COUNTERPART = eINSTANCE.getInstrument_BudapestCounterpart();

		/**
		 * The meta object literal for the '<em><b>Scope Provision</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__SCOPE_PROVISION = eINSTANCE.getInstrument_ScopeProvision();

		/**
		 * The meta object literal for the '<em><b>Dual Criminality Provision</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__DUAL_CRIMINALITY_PROVISION = eINSTANCE.getInstrument_DualCriminalityProvision();

		/**
		 * The meta object literal for the '<em><b>Facts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__FACTS = eINSTANCE.getInstrument_Facts();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__STATUS = eINSTANCE.getInstrument_Status();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__NOTE = eINSTANCE.getInstrument_Note();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.impl.FactImpl <em>Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.impl.FactImpl
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getFact()
		 * @generated
		 */
		EClass FACT = eINSTANCE.getFact();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__KEY = eINSTANCE.getFact_Key();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__KIND = eINSTANCE.getFact_Kind();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__LABEL = eINSTANCE.getFact_Label();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__VALUE = eINSTANCE.getFact_Value();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__QUANTITY = eINSTANCE.getFact_Quantity();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__UNIT = eINSTANCE.getFact_Unit();

		/**
		 * The meta object literal for the '<em><b>Article</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACT__ARTICLE = eINSTANCE.getFact_Article();

		/**
		 * The meta object literal for the '<em><b>Provision</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACT__PROVISION = eINSTANCE.getFact_Provision();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__STATUS = eINSTANCE.getFact_Status();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__NOTE = eINSTANCE.getFact_Note();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.impl.DeclarationTopicImpl <em>Declaration Topic</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.impl.DeclarationTopicImpl
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getDeclarationTopic()
		 * @generated
		 */
		EClass DECLARATION_TOPIC = eINSTANCE.getDeclarationTopic();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARATION_TOPIC__KEY = eINSTANCE.getDeclarationTopic_Key();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARATION_TOPIC__LABEL = eINSTANCE.getDeclarationTopic_Label();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARATION_TOPIC__DESCRIPTION = eINSTANCE.getDeclarationTopic_Description();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARATION_TOPIC__VALUES = eINSTANCE.getDeclarationTopic_Values();

		/**
		 * The meta object literal for the '<em><b>Article</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECLARATION_TOPIC__ARTICLE = eINSTANCE.getDeclarationTopic_Article();

		/**
		 * The meta object literal for the '<em><b>Provision</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECLARATION_TOPIC__PROVISION = eINSTANCE.getDeclarationTopic_Provision();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARATION_TOPIC__STATUS = eINSTANCE.getDeclarationTopic_Status();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARATION_TOPIC__NOTE = eINSTANCE.getDeclarationTopic_Note();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.VerificationStatus <em>Verification Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.VerificationStatus
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getVerificationStatus()
		 * @generated
		 */
		EEnum VERIFICATION_STATUS = eINSTANCE.getVerificationStatus();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.InstrumentKind <em>Instrument Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.InstrumentKind
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getInstrumentKind()
		 * @generated
		 */
		EEnum INSTRUMENT_KIND = eINSTANCE.getInstrumentKind();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.InstrumentLevel <em>Instrument Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.InstrumentLevel
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getInstrumentLevel()
		 * @generated
		 */
		EEnum INSTRUMENT_LEVEL = eINSTANCE.getInstrumentLevel();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.ScopeRule <em>Scope Rule</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.ScopeRule
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getScopeRule()
		 * @generated
		 */
		EEnum SCOPE_RULE = eINSTANCE.getScopeRule();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.DualCriminalityRule <em>Dual Criminality Rule</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.DualCriminalityRule
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getDualCriminalityRule()
		 * @generated
		 */
		EEnum DUAL_CRIMINALITY_RULE = eINSTANCE.getDualCriminalityRule();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.ChannelRole <em>Channel Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.ChannelRole
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getChannelRole()
		 * @generated
		 */
		EEnum CHANNEL_ROLE = eINSTANCE.getChannelRole();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.GroundPermission <em>Ground Permission</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.GroundPermission
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getGroundPermission()
		 * @generated
		 */
		EEnum GROUND_PERMISSION = eINSTANCE.getGroundPermission();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.FactKind <em>Fact Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.FactKind
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getFactKind()
		 * @generated
		 */
		EEnum FACT_KIND = eINSTANCE.getFactKind();

		/**
		 * The meta object literal for the '{@link org.rogatory.treaty.model.TopicValues <em>Topic Values</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.treaty.model.TopicValues
		 * @see org.rogatory.treaty.model.impl.TreatyPackageImpl#getTopicValues()
		 * @generated
		 */
		EEnum TOPIC_VALUES = eINSTANCE.getTopicValues();

	}

} //TreatyPackage
