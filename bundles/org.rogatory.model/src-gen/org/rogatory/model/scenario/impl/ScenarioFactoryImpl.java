/**
 */
package org.rogatory.model.scenario.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.rogatory.model.scenario.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ScenarioFactoryImpl extends EFactoryImpl implements ScenarioFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ScenarioFactory init() {
		try {
			ScenarioFactory theScenarioFactory = (ScenarioFactory)EPackage.Registry.INSTANCE.getEFactory(ScenarioPackage.eNS_URI);
			if (theScenarioFactory != null) {
				return theScenarioFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ScenarioFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScenarioFactoryImpl() {
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
			case ScenarioPackage.PACK: return createPack();
			case ScenarioPackage.STATE: return createState();
			case ScenarioPackage.DECLARATION: return createDeclaration();
			case ScenarioPackage.DOMESTIC_OFFENCE: return createDomesticOffence();
			case ScenarioPackage.CONDUCT: return createConduct();
			case ScenarioPackage.AUTHORITY: return createAuthority();
			case ScenarioPackage.COURT: return createCourt();
			case ScenarioPackage.RUBRIC: return createRubric();
			case ScenarioPackage.CRITERION: return createCriterion();
			case ScenarioPackage.SCENARIO: return createScenario();
			case ScenarioPackage.LEARNING_OBJECTIVE: return createLearningObjective();
			case ScenarioPackage.SERVICE_PROVIDER: return createServiceProvider();
			case ScenarioPackage.RETENTION_POLICY: return createRetentionPolicy();
			case ScenarioPackage.PERSON: return createPerson();
			case ScenarioPackage.DATA_ITEM: return createDataItem();
			case ScenarioPackage.ASSET: return createAsset();
			case ScenarioPackage.OFFENCE: return createOffence();
			case ScenarioPackage.FLAG: return createFlag();
			case ScenarioPackage.DECISION_POINT: return createDecisionPoint();
			case ScenarioPackage.ACTION: return createAction();
			case ScenarioPackage.FEEDBACK: return createFeedback();
			case ScenarioPackage.REFERENCE_STEP: return createReferenceStep();
			case ScenarioPackage.TIMED_EVENT: return createTimedEvent();
			case ScenarioPackage.EVIDENCE_STATUS_CHANGE: return createEvidenceStatusChange();
			case ScenarioPackage.ASSET_STATUS_CHANGE: return createAssetStatusChange();
			case ScenarioPackage.REVEAL: return createReveal();
			case ScenarioPackage.MESSAGE: return createMessage();
			case ScenarioPackage.SET_FLAG: return createSetFlag();
			case ScenarioPackage.OPEN_DECISION_POINT: return createOpenDecisionPoint();
			case ScenarioPackage.CLOSE_DECISION_POINT: return createCloseDecisionPoint();
			case ScenarioPackage.SCORE_EFFECT: return createScoreEffect();
			case ScenarioPackage.END_SCENARIO: return createEndScenario();
			case ScenarioPackage.CONDITION_GROUP: return createConditionGroup();
			case ScenarioPackage.EVIDENCE_STATUS_CONDITION: return createEvidenceStatusCondition();
			case ScenarioPackage.ASSET_STATUS_CONDITION: return createAssetStatusCondition();
			case ScenarioPackage.ACTION_TAKEN_CONDITION: return createActionTakenCondition();
			case ScenarioPackage.TIME_CONDITION: return createTimeCondition();
			case ScenarioPackage.FLAG_CONDITION: return createFlagCondition();
			case ScenarioPackage.REQUEST_INCLUDES_CONDITION: return createRequestIncludesCondition();
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
			case ScenarioPackage.CONVENTION_STATUS:
				return createConventionStatusFromString(eDataType, initialValue);
			case ScenarioPackage.DECLARATION_KIND:
				return createDeclarationKindFromString(eDataType, initialValue);
			case ScenarioPackage.PENALTY_KIND:
				return createPenaltyKindFromString(eDataType, initialValue);
			case ScenarioPackage.AUTHORITY_KIND:
				return createAuthorityKindFromString(eDataType, initialValue);
			case ScenarioPackage.PROVIDER_KIND:
				return createProviderKindFromString(eDataType, initialValue);
			case ScenarioPackage.PERSON_ROLE:
				return createPersonRoleFromString(eDataType, initialValue);
			case ScenarioPackage.DATA_CATEGORY:
				return createDataCategoryFromString(eDataType, initialValue);
			case ScenarioPackage.EVIDENCE_STATUS:
				return createEvidenceStatusFromString(eDataType, initialValue);
			case ScenarioPackage.ASSET_KIND:
				return createAssetKindFromString(eDataType, initialValue);
			case ScenarioPackage.ASSET_STATUS:
				return createAssetStatusFromString(eDataType, initialValue);
			case ScenarioPackage.DIFFICULTY:
				return createDifficultyFromString(eDataType, initialValue);
			case ScenarioPackage.TRAINEE_ROLE:
				return createTraineeRoleFromString(eDataType, initialValue);
			case ScenarioPackage.INSTRUMENT:
				return createInstrumentFromString(eDataType, initialValue);
			case ScenarioPackage.CHANNEL:
				return createChannelFromString(eDataType, initialValue);
			case ScenarioPackage.LEGAL_BASIS:
				return createLegalBasisFromString(eDataType, initialValue);
			case ScenarioPackage.URGENCY:
				return createUrgencyFromString(eDataType, initialValue);
			case ScenarioPackage.VERDICT:
				return createVerdictFromString(eDataType, initialValue);
			case ScenarioPackage.LOGICAL_OPERATOR:
				return createLogicalOperatorFromString(eDataType, initialValue);
			case ScenarioPackage.IDENTIFIER:
				return createIdentifierFromString(eDataType, initialValue);
			case ScenarioPackage.KEY:
				return createKeyFromString(eDataType, initialValue);
			case ScenarioPackage.CITATION:
				return createCitationFromString(eDataType, initialValue);
			case ScenarioPackage.ISO_DATE:
				return createIsoDateFromString(eDataType, initialValue);
			case ScenarioPackage.ISO_DATE_TIME:
				return createIsoDateTimeFromString(eDataType, initialValue);
			case ScenarioPackage.LANGUAGE_TAG:
				return createLanguageTagFromString(eDataType, initialValue);
			case ScenarioPackage.VERSION:
				return createVersionFromString(eDataType, initialValue);
			case ScenarioPackage.MINUTES:
				return createMinutesFromString(eDataType, initialValue);
			case ScenarioPackage.DAYS:
				return createDaysFromString(eDataType, initialValue);
			case ScenarioPackage.MONTHS:
				return createMonthsFromString(eDataType, initialValue);
			case ScenarioPackage.WEIGHT:
				return createWeightFromString(eDataType, initialValue);
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
			case ScenarioPackage.CONVENTION_STATUS:
				return convertConventionStatusToString(eDataType, instanceValue);
			case ScenarioPackage.DECLARATION_KIND:
				return convertDeclarationKindToString(eDataType, instanceValue);
			case ScenarioPackage.PENALTY_KIND:
				return convertPenaltyKindToString(eDataType, instanceValue);
			case ScenarioPackage.AUTHORITY_KIND:
				return convertAuthorityKindToString(eDataType, instanceValue);
			case ScenarioPackage.PROVIDER_KIND:
				return convertProviderKindToString(eDataType, instanceValue);
			case ScenarioPackage.PERSON_ROLE:
				return convertPersonRoleToString(eDataType, instanceValue);
			case ScenarioPackage.DATA_CATEGORY:
				return convertDataCategoryToString(eDataType, instanceValue);
			case ScenarioPackage.EVIDENCE_STATUS:
				return convertEvidenceStatusToString(eDataType, instanceValue);
			case ScenarioPackage.ASSET_KIND:
				return convertAssetKindToString(eDataType, instanceValue);
			case ScenarioPackage.ASSET_STATUS:
				return convertAssetStatusToString(eDataType, instanceValue);
			case ScenarioPackage.DIFFICULTY:
				return convertDifficultyToString(eDataType, instanceValue);
			case ScenarioPackage.TRAINEE_ROLE:
				return convertTraineeRoleToString(eDataType, instanceValue);
			case ScenarioPackage.INSTRUMENT:
				return convertInstrumentToString(eDataType, instanceValue);
			case ScenarioPackage.CHANNEL:
				return convertChannelToString(eDataType, instanceValue);
			case ScenarioPackage.LEGAL_BASIS:
				return convertLegalBasisToString(eDataType, instanceValue);
			case ScenarioPackage.URGENCY:
				return convertUrgencyToString(eDataType, instanceValue);
			case ScenarioPackage.VERDICT:
				return convertVerdictToString(eDataType, instanceValue);
			case ScenarioPackage.LOGICAL_OPERATOR:
				return convertLogicalOperatorToString(eDataType, instanceValue);
			case ScenarioPackage.IDENTIFIER:
				return convertIdentifierToString(eDataType, instanceValue);
			case ScenarioPackage.KEY:
				return convertKeyToString(eDataType, instanceValue);
			case ScenarioPackage.CITATION:
				return convertCitationToString(eDataType, instanceValue);
			case ScenarioPackage.ISO_DATE:
				return convertIsoDateToString(eDataType, instanceValue);
			case ScenarioPackage.ISO_DATE_TIME:
				return convertIsoDateTimeToString(eDataType, instanceValue);
			case ScenarioPackage.LANGUAGE_TAG:
				return convertLanguageTagToString(eDataType, instanceValue);
			case ScenarioPackage.VERSION:
				return convertVersionToString(eDataType, instanceValue);
			case ScenarioPackage.MINUTES:
				return convertMinutesToString(eDataType, instanceValue);
			case ScenarioPackage.DAYS:
				return convertDaysToString(eDataType, instanceValue);
			case ScenarioPackage.MONTHS:
				return convertMonthsToString(eDataType, instanceValue);
			case ScenarioPackage.WEIGHT:
				return convertWeightToString(eDataType, instanceValue);
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
	public Pack createPack() {
		PackImpl pack = new PackImpl();
		return pack;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public State createState() {
		StateImpl state = new StateImpl();
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Declaration createDeclaration() {
		DeclarationImpl declaration = new DeclarationImpl();
		return declaration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DomesticOffence createDomesticOffence() {
		DomesticOffenceImpl domesticOffence = new DomesticOffenceImpl();
		return domesticOffence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Conduct createConduct() {
		ConductImpl conduct = new ConductImpl();
		return conduct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Authority createAuthority() {
		AuthorityImpl authority = new AuthorityImpl();
		return authority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Court createCourt() {
		CourtImpl court = new CourtImpl();
		return court;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rubric createRubric() {
		RubricImpl rubric = new RubricImpl();
		return rubric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Criterion createCriterion() {
		CriterionImpl criterion = new CriterionImpl();
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario() {
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LearningObjective createLearningObjective() {
		LearningObjectiveImpl learningObjective = new LearningObjectiveImpl();
		return learningObjective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceProvider createServiceProvider() {
		ServiceProviderImpl serviceProvider = new ServiceProviderImpl();
		return serviceProvider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetentionPolicy createRetentionPolicy() {
		RetentionPolicyImpl retentionPolicy = new RetentionPolicyImpl();
		return retentionPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person createPerson() {
		PersonImpl person = new PersonImpl();
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataItem createDataItem() {
		DataItemImpl dataItem = new DataItemImpl();
		return dataItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Asset createAsset() {
		AssetImpl asset = new AssetImpl();
		return asset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Offence createOffence() {
		OffenceImpl offence = new OffenceImpl();
		return offence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Flag createFlag() {
		FlagImpl flag = new FlagImpl();
		return flag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecisionPoint createDecisionPoint() {
		DecisionPointImpl decisionPoint = new DecisionPointImpl();
		return decisionPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Action createAction() {
		ActionImpl action = new ActionImpl();
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Feedback createFeedback() {
		FeedbackImpl feedback = new FeedbackImpl();
		return feedback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReferenceStep createReferenceStep() {
		ReferenceStepImpl referenceStep = new ReferenceStepImpl();
		return referenceStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimedEvent createTimedEvent() {
		TimedEventImpl timedEvent = new TimedEventImpl();
		return timedEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceStatusChange createEvidenceStatusChange() {
		EvidenceStatusChangeImpl evidenceStatusChange = new EvidenceStatusChangeImpl();
		return evidenceStatusChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssetStatusChange createAssetStatusChange() {
		AssetStatusChangeImpl assetStatusChange = new AssetStatusChangeImpl();
		return assetStatusChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reveal createReveal() {
		RevealImpl reveal = new RevealImpl();
		return reveal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Message createMessage() {
		MessageImpl message = new MessageImpl();
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SetFlag createSetFlag() {
		SetFlagImpl setFlag = new SetFlagImpl();
		return setFlag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpenDecisionPoint createOpenDecisionPoint() {
		OpenDecisionPointImpl openDecisionPoint = new OpenDecisionPointImpl();
		return openDecisionPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CloseDecisionPoint createCloseDecisionPoint() {
		CloseDecisionPointImpl closeDecisionPoint = new CloseDecisionPointImpl();
		return closeDecisionPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoreEffect createScoreEffect() {
		ScoreEffectImpl scoreEffect = new ScoreEffectImpl();
		return scoreEffect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndScenario createEndScenario() {
		EndScenarioImpl endScenario = new EndScenarioImpl();
		return endScenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionGroup createConditionGroup() {
		ConditionGroupImpl conditionGroup = new ConditionGroupImpl();
		return conditionGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceStatusCondition createEvidenceStatusCondition() {
		EvidenceStatusConditionImpl evidenceStatusCondition = new EvidenceStatusConditionImpl();
		return evidenceStatusCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssetStatusCondition createAssetStatusCondition() {
		AssetStatusConditionImpl assetStatusCondition = new AssetStatusConditionImpl();
		return assetStatusCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionTakenCondition createActionTakenCondition() {
		ActionTakenConditionImpl actionTakenCondition = new ActionTakenConditionImpl();
		return actionTakenCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeCondition createTimeCondition() {
		TimeConditionImpl timeCondition = new TimeConditionImpl();
		return timeCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlagCondition createFlagCondition() {
		FlagConditionImpl flagCondition = new FlagConditionImpl();
		return flagCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RequestIncludesCondition createRequestIncludesCondition() {
		RequestIncludesConditionImpl requestIncludesCondition = new RequestIncludesConditionImpl();
		return requestIncludesCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConventionStatus createConventionStatusFromString(EDataType eDataType, String initialValue) {
		ConventionStatus result = ConventionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConventionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeclarationKind createDeclarationKindFromString(EDataType eDataType, String initialValue) {
		DeclarationKind result = DeclarationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeclarationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PenaltyKind createPenaltyKindFromString(EDataType eDataType, String initialValue) {
		PenaltyKind result = PenaltyKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPenaltyKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AuthorityKind createAuthorityKindFromString(EDataType eDataType, String initialValue) {
		AuthorityKind result = AuthorityKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAuthorityKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProviderKind createProviderKindFromString(EDataType eDataType, String initialValue) {
		ProviderKind result = ProviderKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProviderKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PersonRole createPersonRoleFromString(EDataType eDataType, String initialValue) {
		PersonRole result = PersonRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPersonRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataCategory createDataCategoryFromString(EDataType eDataType, String initialValue) {
		DataCategory result = DataCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvidenceStatus createEvidenceStatusFromString(EDataType eDataType, String initialValue) {
		EvidenceStatus result = EvidenceStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvidenceStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssetKind createAssetKindFromString(EDataType eDataType, String initialValue) {
		AssetKind result = AssetKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssetKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssetStatus createAssetStatusFromString(EDataType eDataType, String initialValue) {
		AssetStatus result = AssetStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssetStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Difficulty createDifficultyFromString(EDataType eDataType, String initialValue) {
		Difficulty result = Difficulty.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDifficultyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TraineeRole createTraineeRoleFromString(EDataType eDataType, String initialValue) {
		TraineeRole result = TraineeRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTraineeRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instrument createInstrumentFromString(EDataType eDataType, String initialValue) {
		Instrument result = Instrument.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstrumentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Channel createChannelFromString(EDataType eDataType, String initialValue) {
		Channel result = Channel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LegalBasis createLegalBasisFromString(EDataType eDataType, String initialValue) {
		LegalBasis result = LegalBasis.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLegalBasisToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Urgency createUrgencyFromString(EDataType eDataType, String initialValue) {
		Urgency result = Urgency.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUrgencyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Verdict createVerdictFromString(EDataType eDataType, String initialValue) {
		Verdict result = Verdict.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVerdictToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LogicalOperator createLogicalOperatorFromString(EDataType eDataType, String initialValue) {
		LogicalOperator result = LogicalOperator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLogicalOperatorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createIdentifierFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIdentifierToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createKeyFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKeyToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createCitationFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCitationToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createIsoDateFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIsoDateToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createIsoDateTimeFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIsoDateTimeToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createLanguageTagFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLanguageTagToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createVersionFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVersionToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createMinutesFromString(EDataType eDataType, String initialValue) {
		return (Integer)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMinutesToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createDaysFromString(EDataType eDataType, String initialValue) {
		return (Integer)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDaysToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createMonthsFromString(EDataType eDataType, String initialValue) {
		return (Integer)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMonthsToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createWeightFromString(EDataType eDataType, String initialValue) {
		return (Integer)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWeightToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScenarioPackage getScenarioPackage() {
		return (ScenarioPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ScenarioPackage getPackage() {
		return ScenarioPackage.eINSTANCE;
	}

} //ScenarioFactoryImpl
