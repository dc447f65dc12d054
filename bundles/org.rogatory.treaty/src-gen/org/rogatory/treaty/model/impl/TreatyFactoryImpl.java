/**
 */
package org.rogatory.treaty.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.rogatory.treaty.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TreatyFactoryImpl extends EFactoryImpl implements TreatyFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static TreatyFactory init() {
		try {
			TreatyFactory theTreatyFactory = (TreatyFactory)EPackage.Registry.INSTANCE.getEFactory(TreatyPackage.eNS_URI);
			if (theTreatyFactory != null) {
				return theTreatyFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new TreatyFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TreatyFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case TreatyPackage.CONVENTION: return createConvention();
			case TreatyPackage.CHAPTER: return createChapter();
			case TreatyPackage.ARTICLE: return createArticle();
			case TreatyPackage.PROVISION: return createProvision();
			case TreatyPackage.CHANNEL: return createChannel();
			case TreatyPackage.CHANNEL_USE: return createChannelUse();
			case TreatyPackage.REQUEST_CONTENT_SET: return createRequestContentSet();
			case TreatyPackage.REQUEST_ELEMENT: return createRequestElement();
			case TreatyPackage.REFUSAL_GROUND: return createRefusalGround();
			case TreatyPackage.BUDAPEST_COUNTERPART: return createBudapestCounterpart();
			case TreatyPackage.INSTRUMENT: return createInstrument();
			case TreatyPackage.FACT: return createFact();
			case TreatyPackage.DECLARATION_TOPIC: return createDeclarationTopic();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case TreatyPackage.VERIFICATION_STATUS:
				return createVerificationStatusFromString(eDataType, initialValue);
			case TreatyPackage.INSTRUMENT_KIND:
				return createInstrumentKindFromString(eDataType, initialValue);
			case TreatyPackage.INSTRUMENT_LEVEL:
				return createInstrumentLevelFromString(eDataType, initialValue);
			case TreatyPackage.SCOPE_RULE:
				return createScopeRuleFromString(eDataType, initialValue);
			case TreatyPackage.DUAL_CRIMINALITY_RULE:
				return createDualCriminalityRuleFromString(eDataType, initialValue);
			case TreatyPackage.CHANNEL_ROLE:
				return createChannelRoleFromString(eDataType, initialValue);
			case TreatyPackage.GROUND_PERMISSION:
				return createGroundPermissionFromString(eDataType, initialValue);
			case TreatyPackage.FACT_KIND:
				return createFactKindFromString(eDataType, initialValue);
			case TreatyPackage.TOPIC_VALUES:
				return createTopicValuesFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case TreatyPackage.VERIFICATION_STATUS:
				return convertVerificationStatusToString(eDataType, instanceValue);
			case TreatyPackage.INSTRUMENT_KIND:
				return convertInstrumentKindToString(eDataType, instanceValue);
			case TreatyPackage.INSTRUMENT_LEVEL:
				return convertInstrumentLevelToString(eDataType, instanceValue);
			case TreatyPackage.SCOPE_RULE:
				return convertScopeRuleToString(eDataType, instanceValue);
			case TreatyPackage.DUAL_CRIMINALITY_RULE:
				return convertDualCriminalityRuleToString(eDataType, instanceValue);
			case TreatyPackage.CHANNEL_ROLE:
				return convertChannelRoleToString(eDataType, instanceValue);
			case TreatyPackage.GROUND_PERMISSION:
				return convertGroundPermissionToString(eDataType, instanceValue);
			case TreatyPackage.FACT_KIND:
				return convertFactKindToString(eDataType, instanceValue);
			case TreatyPackage.TOPIC_VALUES:
				return convertTopicValuesToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Convention createConvention() {
		ConventionImpl convention = new ConventionImpl();
		return convention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Chapter createChapter() {
		ChapterImpl chapter = new ChapterImpl();
		return chapter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Article createArticle() {
		ArticleImpl article = new ArticleImpl();
		return article;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provision createProvision() {
		ProvisionImpl provision = new ProvisionImpl();
		return provision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel createChannel() {
		ChannelImpl channel = new ChannelImpl();
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelUse createChannelUse() {
		ChannelUseImpl channelUse = new ChannelUseImpl();
		return channelUse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RequestContentSet createRequestContentSet() {
		RequestContentSetImpl requestContentSet = new RequestContentSetImpl();
		return requestContentSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RequestElement createRequestElement() {
		RequestElementImpl requestElement = new RequestElementImpl();
		return requestElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RefusalGround createRefusalGround() {
		RefusalGroundImpl refusalGround = new RefusalGroundImpl();
		return refusalGround;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudapestCounterpart createBudapestCounterpart() {
		BudapestCounterpartImpl budapestCounterpart = new BudapestCounterpartImpl();
		return budapestCounterpart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instrument createInstrument() {
		InstrumentImpl instrument = new InstrumentImpl();
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Fact createFact() {
		FactImpl fact = new FactImpl();
		return fact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeclarationTopic createDeclarationTopic() {
		DeclarationTopicImpl declarationTopic = new DeclarationTopicImpl();
		return declarationTopic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VerificationStatus createVerificationStatusFromString(EDataType eDataType, String initialValue) {
		VerificationStatus result = VerificationStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVerificationStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InstrumentKind createInstrumentKindFromString(EDataType eDataType, String initialValue) {
		InstrumentKind result = InstrumentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstrumentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InstrumentLevel createInstrumentLevelFromString(EDataType eDataType, String initialValue) {
		InstrumentLevel result = InstrumentLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstrumentLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScopeRule createScopeRuleFromString(EDataType eDataType, String initialValue) {
		ScopeRule result = ScopeRule.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScopeRuleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DualCriminalityRule createDualCriminalityRuleFromString(EDataType eDataType, String initialValue) {
		DualCriminalityRule result = DualCriminalityRule.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDualCriminalityRuleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelRole createChannelRoleFromString(EDataType eDataType, String initialValue) {
		ChannelRole result = ChannelRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GroundPermission createGroundPermissionFromString(EDataType eDataType, String initialValue) {
		GroundPermission result = GroundPermission.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGroundPermissionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FactKind createFactKindFromString(EDataType eDataType, String initialValue) {
		FactKind result = FactKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFactKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TopicValues createTopicValuesFromString(EDataType eDataType, String initialValue) {
		TopicValues result = TopicValues.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTopicValuesToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TreatyPackage getTreatyPackage() {
		return (TreatyPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static TreatyPackage getPackage() {
		return TreatyPackage.eINSTANCE;
	}

} //TreatyFactoryImpl
