/**
 */
package org.rogatory.treaty.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.rogatory.treaty.model.Article;
import org.rogatory.treaty.model.BudapestCounterpart;
import org.rogatory.treaty.model.Channel;
import org.rogatory.treaty.model.ChannelRole;
import org.rogatory.treaty.model.ChannelUse;
import org.rogatory.treaty.model.Chapter;
import org.rogatory.treaty.model.Convention;
import org.rogatory.treaty.model.DeclarationTopic;
import org.rogatory.treaty.model.DualCriminalityRule;
import org.rogatory.treaty.model.Fact;
import org.rogatory.treaty.model.FactKind;
import org.rogatory.treaty.model.GroundPermission;
import org.rogatory.treaty.model.Instrument;
import org.rogatory.treaty.model.InstrumentKind;
import org.rogatory.treaty.model.InstrumentLevel;
import org.rogatory.treaty.model.Provision;
import org.rogatory.treaty.model.RefusalGround;
import org.rogatory.treaty.model.RequestContentSet;
import org.rogatory.treaty.model.RequestElement;
import org.rogatory.treaty.model.ScopeRule;
import org.rogatory.treaty.model.TopicValues;
import org.rogatory.treaty.model.TreatyFactory;
import org.rogatory.treaty.model.TreatyPackage;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TreatyPackageImpl extends EPackageImpl implements TreatyPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conventionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass chapterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass articleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass provisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass channelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass channelUseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass requestContentSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass requestElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass refusalGroundEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass budapestCounterpartEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass instrumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass factEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass declarationTopicEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum verificationStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum instrumentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum instrumentLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scopeRuleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dualCriminalityRuleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum groundPermissionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum factKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum topicValuesEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.rogatory.treaty.model.TreatyPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TreatyPackageImpl() {
		super(eNS_URI, TreatyFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link TreatyPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TreatyPackage init() {
		if (isInited) return (TreatyPackage)EPackage.Registry.INSTANCE.getEPackage(TreatyPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTreatyPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TreatyPackageImpl theTreatyPackage = registeredTreatyPackage instanceof TreatyPackageImpl ? (TreatyPackageImpl)registeredTreatyPackage : new TreatyPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theTreatyPackage.createPackageContents();

		// Initialize created meta-data
		theTreatyPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theTreatyPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TreatyPackage.eNS_URI, theTreatyPackage);
		return theTreatyPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConvention() {
		return conventionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvention_Title() {
		return (EAttribute)conventionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvention_ShortTitle() {
		return (EAttribute)conventionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvention_Nickname() {
		return (EAttribute)conventionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvention_ArticleCount() {
		return (EAttribute)conventionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvention_ChapterCount() {
		return (EAttribute)conventionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConvention_Chapters() {
		return (EReference)conventionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConvention_Channels() {
		return (EReference)conventionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConvention_RequestContents() {
		return (EReference)conventionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConvention_RefusalGrounds() {
		return (EReference)conventionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConvention_BudapestCounterparts() {
		return (EReference)conventionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConvention_Instruments() {
		return (EReference)conventionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConvention_Facts() {
		return (EReference)conventionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConvention_DeclarationTopics() {
		return (EReference)conventionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChapter() {
		return chapterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChapter_Key() {
		return (EAttribute)chapterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChapter_Number() {
		return (EAttribute)chapterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChapter_Roman() {
		return (EAttribute)chapterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChapter_Title() {
		return (EAttribute)chapterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChapter_TitleStatus() {
		return (EAttribute)chapterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChapter_FirstArticle() {
		return (EAttribute)chapterEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChapter_LastArticle() {
		return (EAttribute)chapterEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChapter_RangeStatus() {
		return (EAttribute)chapterEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChapter_Note() {
		return (EAttribute)chapterEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChapter_Articles() {
		return (EReference)chapterEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArticle() {
		return articleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Key() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Number() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Title() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_TitleStatus() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Summary() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Status() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Note() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArticle_Chapter() {
		return (EReference)articleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArticle_Provisions() {
		return (EReference)articleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProvision() {
		return provisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_Key() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_Paragraph() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_NumberStatus() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_NumberApproximate() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_Text() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_ContentStatus() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_Note() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProvision_Article() {
		return (EReference)provisionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChannel() {
		return channelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Key() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Label() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Description() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChannel_Articles() {
		return (EReference)channelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Status() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChannelUse() {
		return channelUseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChannelUse_Channel() {
		return (EReference)channelUseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelUse_Role() {
		return (EAttribute)channelUseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelUse_Condition() {
		return (EAttribute)channelUseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChannelUse_Provision() {
		return (EReference)channelUseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelUse_Status() {
		return (EAttribute)channelUseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRequestContentSet() {
		return requestContentSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequestContentSet_Key() {
		return (EAttribute)requestContentSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequestContentSet_Label() {
		return (EAttribute)requestContentSetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRequestContentSet_Article() {
		return (EReference)requestContentSetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRequestContentSet_BuiltOn() {
		return (EReference)requestContentSetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequestContentSet_Status() {
		return (EAttribute)requestContentSetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequestContentSet_Note() {
		return (EAttribute)requestContentSetEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRequestContentSet_Elements() {
		return (EReference)requestContentSetEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRequestElement() {
		return requestElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequestElement_Key() {
		return (EAttribute)requestElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequestElement_Item() {
		return (EAttribute)requestElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequestElement_Label() {
		return (EAttribute)requestElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequestElement_Mandatory() {
		return (EAttribute)requestElementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequestElement_Condition() {
		return (EAttribute)requestElementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRequestElement_Provision() {
		return (EReference)requestElementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequestElement_Status() {
		return (EAttribute)requestElementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRefusalGround() {
		return refusalGroundEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRefusalGround_Key() {
		return (EAttribute)refusalGroundEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRefusalGround_Label() {
		return (EAttribute)refusalGroundEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRefusalGround_Permission() {
		return (EAttribute)refusalGroundEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRefusalGround_Article() {
		return (EReference)refusalGroundEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRefusalGround_Provision() {
		return (EReference)refusalGroundEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRefusalGround_Condition() {
		return (EAttribute)refusalGroundEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRefusalGround_RequiresReservation() {
		return (EAttribute)refusalGroundEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRefusalGround_PostponeOnly() {
		return (EAttribute)refusalGroundEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRefusalGround_ReframeAs() {
		return (EReference)refusalGroundEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRefusalGround_Explanation() {
		return (EAttribute)refusalGroundEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRefusalGround_DeclarationTopic() {
		return (EReference)refusalGroundEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRefusalGround_Status() {
		return (EAttribute)refusalGroundEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBudapestCounterpart() {
		return budapestCounterpartEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudapestCounterpart_Key() {
		return (EAttribute)budapestCounterpartEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudapestCounterpart_Measure() {
		return (EAttribute)budapestCounterpartEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBudapestCounterpart_UnArticles() {
		return (EReference)budapestCounterpartEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudapestCounterpart_BudapestArticles() {
		return (EAttribute)budapestCounterpartEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudapestCounterpart_Differences() {
		return (EAttribute)budapestCounterpartEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudapestCounterpart_BudapestStatus() {
		return (EAttribute)budapestCounterpartEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudapestCounterpart_MappingStatus() {
		return (EAttribute)budapestCounterpartEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstrument() {
		return instrumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_Key() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_Label() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_Kind() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_Level() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_Summary() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_GoverningArticles() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_GoverningProvisions() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_Scope() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_ScopeStatus() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_DualCriminality() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_DualCriminalityStatus() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_ChannelUses() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_RequestContents() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_RefusalGrounds() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_RefusalListClosed() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_BudapestCounterpart() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_ScopeProvision() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_DualCriminalityProvision() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_Facts() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_Status() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_Note() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFact() {
		return factEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFact_Key() {
		return (EAttribute)factEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFact_Kind() {
		return (EAttribute)factEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFact_Label() {
		return (EAttribute)factEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFact_Value() {
		return (EAttribute)factEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFact_Quantity() {
		return (EAttribute)factEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFact_Unit() {
		return (EAttribute)factEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFact_Article() {
		return (EReference)factEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFact_Provision() {
		return (EReference)factEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFact_Status() {
		return (EAttribute)factEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFact_Note() {
		return (EAttribute)factEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeclarationTopic() {
		return declarationTopicEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclarationTopic_Key() {
		return (EAttribute)declarationTopicEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclarationTopic_Label() {
		return (EAttribute)declarationTopicEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclarationTopic_Description() {
		return (EAttribute)declarationTopicEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclarationTopic_Values() {
		return (EAttribute)declarationTopicEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeclarationTopic_Article() {
		return (EReference)declarationTopicEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeclarationTopic_Provision() {
		return (EReference)declarationTopicEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclarationTopic_Status() {
		return (EAttribute)declarationTopicEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclarationTopic_Note() {
		return (EAttribute)declarationTopicEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVerificationStatus() {
		return verificationStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInstrumentKind() {
		return instrumentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInstrumentLevel() {
		return instrumentLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScopeRule() {
		return scopeRuleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDualCriminalityRule() {
		return dualCriminalityRuleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannelRole() {
		return channelRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGroundPermission() {
		return groundPermissionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFactKind() {
		return factKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTopicValues() {
		return topicValuesEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TreatyFactory getTreatyFactory() {
		return (TreatyFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		conventionEClass = createEClass(CONVENTION);
		createEAttribute(conventionEClass, CONVENTION__TITLE);
		createEAttribute(conventionEClass, CONVENTION__SHORT_TITLE);
		createEAttribute(conventionEClass, CONVENTION__NICKNAME);
		createEAttribute(conventionEClass, CONVENTION__ARTICLE_COUNT);
		createEAttribute(conventionEClass, CONVENTION__CHAPTER_COUNT);
		createEReference(conventionEClass, CONVENTION__CHAPTERS);
		createEReference(conventionEClass, CONVENTION__CHANNELS);
		createEReference(conventionEClass, CONVENTION__REQUEST_CONTENTS);
		createEReference(conventionEClass, CONVENTION__REFUSAL_GROUNDS);
		createEReference(conventionEClass, CONVENTION__BUDAPEST_COUNTERPARTS);
		createEReference(conventionEClass, CONVENTION__INSTRUMENTS);
		createEReference(conventionEClass, CONVENTION__FACTS);
		createEReference(conventionEClass, CONVENTION__DECLARATION_TOPICS);

		chapterEClass = createEClass(CHAPTER);
		createEAttribute(chapterEClass, CHAPTER__KEY);
		createEAttribute(chapterEClass, CHAPTER__NUMBER);
		createEAttribute(chapterEClass, CHAPTER__ROMAN);
		createEAttribute(chapterEClass, CHAPTER__TITLE);
		createEAttribute(chapterEClass, CHAPTER__TITLE_STATUS);
		createEAttribute(chapterEClass, CHAPTER__FIRST_ARTICLE);
		createEAttribute(chapterEClass, CHAPTER__LAST_ARTICLE);
		createEAttribute(chapterEClass, CHAPTER__RANGE_STATUS);
		createEAttribute(chapterEClass, CHAPTER__NOTE);
		createEReference(chapterEClass, CHAPTER__ARTICLES);

		articleEClass = createEClass(ARTICLE);
		createEAttribute(articleEClass, ARTICLE__KEY);
		createEAttribute(articleEClass, ARTICLE__NUMBER);
		createEAttribute(articleEClass, ARTICLE__TITLE);
		createEAttribute(articleEClass, ARTICLE__TITLE_STATUS);
		createEAttribute(articleEClass, ARTICLE__SUMMARY);
		createEAttribute(articleEClass, ARTICLE__STATUS);
		createEAttribute(articleEClass, ARTICLE__NOTE);
		createEReference(articleEClass, ARTICLE__CHAPTER);
		createEReference(articleEClass, ARTICLE__PROVISIONS);

		provisionEClass = createEClass(PROVISION);
		createEAttribute(provisionEClass, PROVISION__KEY);
		createEAttribute(provisionEClass, PROVISION__PARAGRAPH);
		createEAttribute(provisionEClass, PROVISION__NUMBER_STATUS);
		createEAttribute(provisionEClass, PROVISION__NUMBER_APPROXIMATE);
		createEAttribute(provisionEClass, PROVISION__TEXT);
		createEAttribute(provisionEClass, PROVISION__CONTENT_STATUS);
		createEAttribute(provisionEClass, PROVISION__NOTE);
		createEReference(provisionEClass, PROVISION__ARTICLE);

		channelEClass = createEClass(CHANNEL);
		createEAttribute(channelEClass, CHANNEL__KEY);
		createEAttribute(channelEClass, CHANNEL__LABEL);
		createEAttribute(channelEClass, CHANNEL__DESCRIPTION);
		createEReference(channelEClass, CHANNEL__ARTICLES);
		createEAttribute(channelEClass, CHANNEL__STATUS);

		channelUseEClass = createEClass(CHANNEL_USE);
		createEReference(channelUseEClass, CHANNEL_USE__CHANNEL);
		createEAttribute(channelUseEClass, CHANNEL_USE__ROLE);
		createEAttribute(channelUseEClass, CHANNEL_USE__CONDITION);
		createEReference(channelUseEClass, CHANNEL_USE__PROVISION);
		createEAttribute(channelUseEClass, CHANNEL_USE__STATUS);

		requestContentSetEClass = createEClass(REQUEST_CONTENT_SET);
		createEAttribute(requestContentSetEClass, REQUEST_CONTENT_SET__KEY);
		createEAttribute(requestContentSetEClass, REQUEST_CONTENT_SET__LABEL);
		createEReference(requestContentSetEClass, REQUEST_CONTENT_SET__ARTICLE);
		createEReference(requestContentSetEClass, REQUEST_CONTENT_SET__BUILT_ON);
		createEAttribute(requestContentSetEClass, REQUEST_CONTENT_SET__STATUS);
		createEAttribute(requestContentSetEClass, REQUEST_CONTENT_SET__NOTE);
		createEReference(requestContentSetEClass, REQUEST_CONTENT_SET__ELEMENTS);

		requestElementEClass = createEClass(REQUEST_ELEMENT);
		createEAttribute(requestElementEClass, REQUEST_ELEMENT__KEY);
		createEAttribute(requestElementEClass, REQUEST_ELEMENT__ITEM);
		createEAttribute(requestElementEClass, REQUEST_ELEMENT__LABEL);
		createEAttribute(requestElementEClass, REQUEST_ELEMENT__MANDATORY);
		createEAttribute(requestElementEClass, REQUEST_ELEMENT__CONDITION);
		createEReference(requestElementEClass, REQUEST_ELEMENT__PROVISION);
		createEAttribute(requestElementEClass, REQUEST_ELEMENT__STATUS);

		refusalGroundEClass = createEClass(REFUSAL_GROUND);
		createEAttribute(refusalGroundEClass, REFUSAL_GROUND__KEY);
		createEAttribute(refusalGroundEClass, REFUSAL_GROUND__LABEL);
		createEAttribute(refusalGroundEClass, REFUSAL_GROUND__PERMISSION);
		createEReference(refusalGroundEClass, REFUSAL_GROUND__ARTICLE);
		createEReference(refusalGroundEClass, REFUSAL_GROUND__PROVISION);
		createEAttribute(refusalGroundEClass, REFUSAL_GROUND__CONDITION);
		createEAttribute(refusalGroundEClass, REFUSAL_GROUND__REQUIRES_RESERVATION);
		createEAttribute(refusalGroundEClass, REFUSAL_GROUND__POSTPONE_ONLY);
		createEReference(refusalGroundEClass, REFUSAL_GROUND__REFRAME_AS);
		createEAttribute(refusalGroundEClass, REFUSAL_GROUND__EXPLANATION);
		createEReference(refusalGroundEClass, REFUSAL_GROUND__DECLARATION_TOPIC);
		createEAttribute(refusalGroundEClass, REFUSAL_GROUND__STATUS);

		budapestCounterpartEClass = createEClass(BUDAPEST_COUNTERPART);
		createEAttribute(budapestCounterpartEClass, BUDAPEST_COUNTERPART__KEY);
		createEAttribute(budapestCounterpartEClass, BUDAPEST_COUNTERPART__MEASURE);
		createEReference(budapestCounterpartEClass, BUDAPEST_COUNTERPART__UN_ARTICLES);
		createEAttribute(budapestCounterpartEClass, BUDAPEST_COUNTERPART__BUDAPEST_ARTICLES);
		createEAttribute(budapestCounterpartEClass, BUDAPEST_COUNTERPART__DIFFERENCES);
		createEAttribute(budapestCounterpartEClass, BUDAPEST_COUNTERPART__BUDAPEST_STATUS);
		createEAttribute(budapestCounterpartEClass, BUDAPEST_COUNTERPART__MAPPING_STATUS);

		instrumentEClass = createEClass(INSTRUMENT);
		createEAttribute(instrumentEClass, INSTRUMENT__KEY);
		createEAttribute(instrumentEClass, INSTRUMENT__LABEL);
		createEAttribute(instrumentEClass, INSTRUMENT__KIND);
		createEAttribute(instrumentEClass, INSTRUMENT__LEVEL);
		createEAttribute(instrumentEClass, INSTRUMENT__SUMMARY);
		createEReference(instrumentEClass, INSTRUMENT__GOVERNING_ARTICLES);
		createEReference(instrumentEClass, INSTRUMENT__GOVERNING_PROVISIONS);
		createEAttribute(instrumentEClass, INSTRUMENT__SCOPE);
		createEAttribute(instrumentEClass, INSTRUMENT__SCOPE_STATUS);
		createEAttribute(instrumentEClass, INSTRUMENT__DUAL_CRIMINALITY);
		createEAttribute(instrumentEClass, INSTRUMENT__DUAL_CRIMINALITY_STATUS);
		createEReference(instrumentEClass, INSTRUMENT__CHANNEL_USES);
		createEReference(instrumentEClass, INSTRUMENT__REQUEST_CONTENTS);
		createEReference(instrumentEClass, INSTRUMENT__REFUSAL_GROUNDS);
		createEAttribute(instrumentEClass, INSTRUMENT__REFUSAL_LIST_CLOSED);
		createEReference(instrumentEClass, INSTRUMENT__BUDAPEST_COUNTERPART);
		createEReference(instrumentEClass, INSTRUMENT__SCOPE_PROVISION);
		createEReference(instrumentEClass, INSTRUMENT__DUAL_CRIMINALITY_PROVISION);
		createEReference(instrumentEClass, INSTRUMENT__FACTS);
		createEAttribute(instrumentEClass, INSTRUMENT__STATUS);
		createEAttribute(instrumentEClass, INSTRUMENT__NOTE);

		factEClass = createEClass(FACT);
		createEAttribute(factEClass, FACT__KEY);
		createEAttribute(factEClass, FACT__KIND);
		createEAttribute(factEClass, FACT__LABEL);
		createEAttribute(factEClass, FACT__VALUE);
		createEAttribute(factEClass, FACT__QUANTITY);
		createEAttribute(factEClass, FACT__UNIT);
		createEReference(factEClass, FACT__ARTICLE);
		createEReference(factEClass, FACT__PROVISION);
		createEAttribute(factEClass, FACT__STATUS);
		createEAttribute(factEClass, FACT__NOTE);

		declarationTopicEClass = createEClass(DECLARATION_TOPIC);
		createEAttribute(declarationTopicEClass, DECLARATION_TOPIC__KEY);
		createEAttribute(declarationTopicEClass, DECLARATION_TOPIC__LABEL);
		createEAttribute(declarationTopicEClass, DECLARATION_TOPIC__DESCRIPTION);
		createEAttribute(declarationTopicEClass, DECLARATION_TOPIC__VALUES);
		createEReference(declarationTopicEClass, DECLARATION_TOPIC__ARTICLE);
		createEReference(declarationTopicEClass, DECLARATION_TOPIC__PROVISION);
		createEAttribute(declarationTopicEClass, DECLARATION_TOPIC__STATUS);
		createEAttribute(declarationTopicEClass, DECLARATION_TOPIC__NOTE);

		// Create enums
		verificationStatusEEnum = createEEnum(VERIFICATION_STATUS);
		instrumentKindEEnum = createEEnum(INSTRUMENT_KIND);
		instrumentLevelEEnum = createEEnum(INSTRUMENT_LEVEL);
		scopeRuleEEnum = createEEnum(SCOPE_RULE);
		dualCriminalityRuleEEnum = createEEnum(DUAL_CRIMINALITY_RULE);
		channelRoleEEnum = createEEnum(CHANNEL_ROLE);
		groundPermissionEEnum = createEEnum(GROUND_PERMISSION);
		factKindEEnum = createEEnum(FACT_KIND);
		topicValuesEEnum = createEEnum(TOPIC_VALUES);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(conventionEClass, Convention.class, "Convention", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getConvention_Title(), ecorePackage.getEString(), "title", null, 1, 1, Convention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getConvention_ShortTitle(), ecorePackage.getEString(), "shortTitle", null, 1, 1, Convention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getConvention_Nickname(), ecorePackage.getEString(), "nickname", null, 0, 1, Convention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getConvention_ArticleCount(), ecorePackage.getEInt(), "articleCount", null, 1, 1, Convention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getConvention_ChapterCount(), ecorePackage.getEInt(), "chapterCount", null, 1, 1, Convention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getConvention_Chapters(), this.getChapter(), null, "chapters", null, 0, -1, Convention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getConvention_Channels(), this.getChannel(), null, "channels", null, 0, -1, Convention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getConvention_RequestContents(), this.getRequestContentSet(), null, "requestContents", null, 0, -1, Convention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getConvention_RefusalGrounds(), this.getRefusalGround(), null, "refusalGrounds", null, 0, -1, Convention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getConvention_BudapestCounterparts(), this.getBudapestCounterpart(), null, "budapestCounterparts", null, 0, -1, Convention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getConvention_Instruments(), this.getInstrument(), null, "instruments", null, 0, -1, Convention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getConvention_Facts(), this.getFact(), null, "facts", null, 0, -1, Convention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getConvention_DeclarationTopics(), this.getDeclarationTopic(), null, "declarationTopics", null, 0, -1, Convention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(chapterEClass, Chapter.class, "Chapter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getChapter_Key(), ecorePackage.getEString(), "key", null, 1, 1, Chapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChapter_Number(), ecorePackage.getEInt(), "number", null, 1, 1, Chapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChapter_Roman(), ecorePackage.getEString(), "roman", null, 1, 1, Chapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChapter_Title(), ecorePackage.getEString(), "title", null, 1, 1, Chapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChapter_TitleStatus(), this.getVerificationStatus(), "titleStatus", null, 1, 1, Chapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChapter_FirstArticle(), ecorePackage.getEInt(), "firstArticle", null, 1, 1, Chapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChapter_LastArticle(), ecorePackage.getEInt(), "lastArticle", null, 1, 1, Chapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChapter_RangeStatus(), this.getVerificationStatus(), "rangeStatus", null, 1, 1, Chapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChapter_Note(), ecorePackage.getEString(), "note", null, 0, 1, Chapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getChapter_Articles(), this.getArticle(), this.getArticle_Chapter(), "articles", null, 0, -1, Chapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(articleEClass, Article.class, "Article", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getArticle_Key(), ecorePackage.getEString(), "key", null, 1, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getArticle_Number(), ecorePackage.getEInt(), "number", null, 1, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getArticle_Title(), ecorePackage.getEString(), "title", null, 1, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getArticle_TitleStatus(), this.getVerificationStatus(), "titleStatus", null, 1, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getArticle_Summary(), ecorePackage.getEString(), "summary", null, 1, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getArticle_Status(), this.getVerificationStatus(), "status", null, 1, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getArticle_Note(), ecorePackage.getEString(), "note", null, 0, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getArticle_Chapter(), this.getChapter(), this.getChapter_Articles(), "chapter", null, 0, 1, Article.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getArticle_Provisions(), this.getProvision(), this.getProvision_Article(), "provisions", null, 0, -1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(provisionEClass, Provision.class, "Provision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getProvision_Key(), ecorePackage.getEString(), "key", null, 1, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_Paragraph(), ecorePackage.getEString(), "paragraph", null, 0, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_NumberStatus(), this.getVerificationStatus(), "numberStatus", null, 1, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_NumberApproximate(), ecorePackage.getEBoolean(), "numberApproximate", null, 0, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_Text(), ecorePackage.getEString(), "text", null, 1, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_ContentStatus(), this.getVerificationStatus(), "contentStatus", null, 1, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_Note(), ecorePackage.getEString(), "note", null, 0, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProvision_Article(), this.getArticle(), this.getArticle_Provisions(), "article", null, 0, 1, Provision.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(channelEClass, Channel.class, "Channel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getChannel_Key(), ecorePackage.getEString(), "key", null, 1, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChannel_Label(), ecorePackage.getEString(), "label", null, 1, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChannel_Description(), ecorePackage.getEString(), "description", null, 1, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getChannel_Articles(), this.getArticle(), null, "articles", null, 0, -1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChannel_Status(), this.getVerificationStatus(), "status", null, 1, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(channelUseEClass, ChannelUse.class, "ChannelUse", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getChannelUse_Channel(), this.getChannel(), null, "channel", null, 1, 1, ChannelUse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChannelUse_Role(), this.getChannelRole(), "role", null, 1, 1, ChannelUse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChannelUse_Condition(), ecorePackage.getEString(), "condition", null, 0, 1, ChannelUse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getChannelUse_Provision(), this.getProvision(), null, "provision", null, 0, 1, ChannelUse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChannelUse_Status(), this.getVerificationStatus(), "status", null, 1, 1, ChannelUse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(requestContentSetEClass, RequestContentSet.class, "RequestContentSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRequestContentSet_Key(), ecorePackage.getEString(), "key", null, 1, 1, RequestContentSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRequestContentSet_Label(), ecorePackage.getEString(), "label", null, 1, 1, RequestContentSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRequestContentSet_Article(), this.getArticle(), null, "article", null, 1, 1, RequestContentSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRequestContentSet_BuiltOn(), this.getRequestContentSet(), null, "builtOn", null, 0, 1, RequestContentSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRequestContentSet_Status(), this.getVerificationStatus(), "status", null, 1, 1, RequestContentSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRequestContentSet_Note(), ecorePackage.getEString(), "note", null, 0, 1, RequestContentSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRequestContentSet_Elements(), this.getRequestElement(), null, "elements", null, 0, -1, RequestContentSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(requestElementEClass, RequestElement.class, "RequestElement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRequestElement_Key(), ecorePackage.getEString(), "key", null, 1, 1, RequestElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRequestElement_Item(), ecorePackage.getEString(), "item", null, 0, 1, RequestElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRequestElement_Label(), ecorePackage.getEString(), "label", null, 1, 1, RequestElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRequestElement_Mandatory(), ecorePackage.getEBoolean(), "mandatory", null, 1, 1, RequestElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRequestElement_Condition(), ecorePackage.getEString(), "condition", null, 0, 1, RequestElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRequestElement_Provision(), this.getProvision(), null, "provision", null, 0, 1, RequestElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRequestElement_Status(), this.getVerificationStatus(), "status", null, 1, 1, RequestElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(refusalGroundEClass, RefusalGround.class, "RefusalGround", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRefusalGround_Key(), ecorePackage.getEString(), "key", null, 1, 1, RefusalGround.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRefusalGround_Label(), ecorePackage.getEString(), "label", null, 1, 1, RefusalGround.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRefusalGround_Permission(), this.getGroundPermission(), "permission", null, 1, 1, RefusalGround.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRefusalGround_Article(), this.getArticle(), null, "article", null, 1, 1, RefusalGround.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRefusalGround_Provision(), this.getProvision(), null, "provision", null, 0, 1, RefusalGround.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRefusalGround_Condition(), ecorePackage.getEString(), "condition", null, 0, 1, RefusalGround.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRefusalGround_RequiresReservation(), ecorePackage.getEBoolean(), "requiresReservation", null, 0, 1, RefusalGround.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRefusalGround_PostponeOnly(), ecorePackage.getEBoolean(), "postponeOnly", null, 0, 1, RefusalGround.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRefusalGround_ReframeAs(), this.getRefusalGround(), null, "reframeAs", null, 0, -1, RefusalGround.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRefusalGround_Explanation(), ecorePackage.getEString(), "explanation", null, 1, 1, RefusalGround.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRefusalGround_DeclarationTopic(), this.getDeclarationTopic(), null, "declarationTopic", null, 0, 1, RefusalGround.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRefusalGround_Status(), this.getVerificationStatus(), "status", null, 1, 1, RefusalGround.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(budapestCounterpartEClass, BudapestCounterpart.class, "BudapestCounterpart", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getBudapestCounterpart_Key(), ecorePackage.getEString(), "key", null, 1, 1, BudapestCounterpart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudapestCounterpart_Measure(), ecorePackage.getEString(), "measure", null, 1, 1, BudapestCounterpart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getBudapestCounterpart_UnArticles(), this.getArticle(), null, "unArticles", null, 0, -1, BudapestCounterpart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudapestCounterpart_BudapestArticles(), ecorePackage.getEString(), "budapestArticles", null, 0, -1, BudapestCounterpart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudapestCounterpart_Differences(), ecorePackage.getEString(), "differences", null, 1, 1, BudapestCounterpart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudapestCounterpart_BudapestStatus(), this.getVerificationStatus(), "budapestStatus", null, 1, 1, BudapestCounterpart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudapestCounterpart_MappingStatus(), this.getVerificationStatus(), "mappingStatus", null, 1, 1, BudapestCounterpart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(instrumentEClass, Instrument.class, "Instrument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getInstrument_Key(), ecorePackage.getEString(), "key", null, 1, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstrument_Label(), ecorePackage.getEString(), "label", null, 1, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstrument_Kind(), this.getInstrumentKind(), "kind", null, 1, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstrument_Level(), this.getInstrumentLevel(), "level", null, 1, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstrument_Summary(), ecorePackage.getEString(), "summary", null, 1, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstrument_GoverningArticles(), this.getArticle(), null, "governingArticles", null, 0, -1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstrument_GoverningProvisions(), this.getProvision(), null, "governingProvisions", null, 0, -1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstrument_Scope(), this.getScopeRule(), "scope", null, 1, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstrument_ScopeStatus(), this.getVerificationStatus(), "scopeStatus", null, 1, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstrument_DualCriminality(), this.getDualCriminalityRule(), "dualCriminality", null, 1, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstrument_DualCriminalityStatus(), this.getVerificationStatus(), "dualCriminalityStatus", null, 1, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstrument_ChannelUses(), this.getChannelUse(), null, "channelUses", null, 0, -1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstrument_RequestContents(), this.getRequestContentSet(), null, "requestContents", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstrument_RefusalGrounds(), this.getRefusalGround(), null, "refusalGrounds", null, 0, -1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstrument_RefusalListClosed(), ecorePackage.getEBoolean(), "refusalListClosed", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstrument_BudapestCounterpart(), this.getBudapestCounterpart(), null, "budapestCounterpart", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstrument_ScopeProvision(), this.getProvision(), null, "scopeProvision", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstrument_DualCriminalityProvision(), this.getProvision(), null, "dualCriminalityProvision", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstrument_Facts(), this.getFact(), null, "facts", null, 0, -1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstrument_Status(), this.getVerificationStatus(), "status", null, 1, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstrument_Note(), ecorePackage.getEString(), "note", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(factEClass, Fact.class, "Fact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getFact_Key(), ecorePackage.getEString(), "key", null, 1, 1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFact_Kind(), this.getFactKind(), "kind", null, 1, 1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFact_Label(), ecorePackage.getEString(), "label", null, 1, 1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFact_Value(), ecorePackage.getEString(), "value", null, 1, 1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFact_Quantity(), ecorePackage.getEInt(), "quantity", null, 0, 1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFact_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFact_Article(), this.getArticle(), null, "article", null, 0, 1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFact_Provision(), this.getProvision(), null, "provision", null, 0, 1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFact_Status(), this.getVerificationStatus(), "status", null, 1, 1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFact_Note(), ecorePackage.getEString(), "note", null, 0, 1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(declarationTopicEClass, DeclarationTopic.class, "DeclarationTopic", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDeclarationTopic_Key(), ecorePackage.getEString(), "key", null, 1, 1, DeclarationTopic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDeclarationTopic_Label(), ecorePackage.getEString(), "label", null, 1, 1, DeclarationTopic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDeclarationTopic_Description(), ecorePackage.getEString(), "description", null, 1, 1, DeclarationTopic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDeclarationTopic_Values(), this.getTopicValues(), "values", null, 1, 1, DeclarationTopic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDeclarationTopic_Article(), this.getArticle(), null, "article", null, 1, 1, DeclarationTopic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDeclarationTopic_Provision(), this.getProvision(), null, "provision", null, 0, 1, DeclarationTopic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDeclarationTopic_Status(), this.getVerificationStatus(), "status", null, 1, 1, DeclarationTopic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDeclarationTopic_Note(), ecorePackage.getEString(), "note", null, 0, 1, DeclarationTopic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(verificationStatusEEnum, VerificationStatus.class, "VerificationStatus"); //$NON-NLS-1$
		addEEnumLiteral(verificationStatusEEnum, VerificationStatus.UNVERIFIED);
		addEEnumLiteral(verificationStatusEEnum, VerificationStatus.SECONDARY);
		addEEnumLiteral(verificationStatusEEnum, VerificationStatus.VERIFIED);

		initEEnum(instrumentKindEEnum, InstrumentKind.class, "InstrumentKind"); //$NON-NLS-1$
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.LEGAL_MEASURE);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.DECISION);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.FORBIDDEN);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.NO_TREATY_BASIS);

		initEEnum(instrumentLevelEEnum, InstrumentLevel.class, "InstrumentLevel"); //$NON-NLS-1$
		addEEnumLiteral(instrumentLevelEEnum, InstrumentLevel.DOMESTIC);
		addEEnumLiteral(instrumentLevelEEnum, InstrumentLevel.INTERNATIONAL);
		addEEnumLiteral(instrumentLevelEEnum, InstrumentLevel.NOT_APPLICABLE);

		initEEnum(scopeRuleEEnum, ScopeRule.class, "ScopeRule"); //$NON-NLS-1$
		addEEnumLiteral(scopeRuleEEnum, ScopeRule.CONVENTION_OFFENCE);
		addEEnumLiteral(scopeRuleEEnum, ScopeRule.CONVENTION_OFFENCE_OR_SERIOUS_CRIME);
		addEEnumLiteral(scopeRuleEEnum, ScopeRule.ANY_CRIMINAL_OFFENCE);
		addEEnumLiteral(scopeRuleEEnum, ScopeRule.DOMESTIC_SERIOUS_OFFENCES);
		addEEnumLiteral(scopeRuleEEnum, ScopeRule.NOT_STATED);
		addEEnumLiteral(scopeRuleEEnum, ScopeRule.NOT_APPLICABLE);

		initEEnum(dualCriminalityRuleEEnum, DualCriminalityRule.class, "DualCriminalityRule"); //$NON-NLS-1$
		addEEnumLiteral(dualCriminalityRuleEEnum, DualCriminalityRule.REQUIRED);
		addEEnumLiteral(dualCriminalityRuleEEnum, DualCriminalityRule.MAY_DECLINE);
		addEEnumLiteral(dualCriminalityRuleEEnum, DualCriminalityRule.NOT_REQUIRED);
		addEEnumLiteral(dualCriminalityRuleEEnum, DualCriminalityRule.NOT_REQUIRED_UNLESS_RESERVED);
		addEEnumLiteral(dualCriminalityRuleEEnum, DualCriminalityRule.NOT_STATED);
		addEEnumLiteral(dualCriminalityRuleEEnum, DualCriminalityRule.NOT_APPLICABLE);

		initEEnum(channelRoleEEnum, ChannelRole.class, "ChannelRole"); //$NON-NLS-1$
		addEEnumLiteral(channelRoleEEnum, ChannelRole.PRIMARY);
		addEEnumLiteral(channelRoleEEnum, ChannelRole.ALTERNATIVE);
		addEEnumLiteral(channelRoleEEnum, ChannelRole.CONDITIONAL);
		addEEnumLiteral(channelRoleEEnum, ChannelRole.NO_TREATY_BASIS);

		initEEnum(groundPermissionEEnum, GroundPermission.class, "GroundPermission"); //$NON-NLS-1$
		addEEnumLiteral(groundPermissionEEnum, GroundPermission.MAY);
		addEEnumLiteral(groundPermissionEEnum, GroundPermission.MAY_NOT);

		initEEnum(factKindEEnum, FactKind.class, "FactKind"); //$NON-NLS-1$
		addEEnumLiteral(factKindEEnum, FactKind.IDENTITY);
		addEEnumLiteral(factKindEEnum, FactKind.THRESHOLD);
		addEEnumLiteral(factKindEEnum, FactKind.RULE);

		initEEnum(topicValuesEEnum, TopicValues.class, "TopicValues"); //$NON-NLS-1$
		addEEnumLiteral(topicValuesEEnum, TopicValues.NONE);
		addEEnumLiteral(topicValuesEEnum, TopicValues.YES_NO);
		addEEnumLiteral(topicValuesEEnum, TopicValues.LANGUAGE_TAGS);

		// Create resource
		createResource(eNS_URI);
	}

} //TreatyPackageImpl
