/**
 */
package org.rogatory.model.scenario.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.ActionTakenCondition;
import org.rogatory.model.scenario.Actor;
import org.rogatory.model.scenario.Asset;
import org.rogatory.model.scenario.AssetKind;
import org.rogatory.model.scenario.AssetStatus;
import org.rogatory.model.scenario.AssetStatusChange;
import org.rogatory.model.scenario.AssetStatusCondition;
import org.rogatory.model.scenario.Authority;
import org.rogatory.model.scenario.AuthorityKind;
import org.rogatory.model.scenario.Channel;
import org.rogatory.model.scenario.CloseDecisionPoint;
import org.rogatory.model.scenario.Condition;
import org.rogatory.model.scenario.ConditionGroup;
import org.rogatory.model.scenario.Conduct;
import org.rogatory.model.scenario.Consequence;
import org.rogatory.model.scenario.ConventionStatus;
import org.rogatory.model.scenario.Court;
import org.rogatory.model.scenario.Criterion;
import org.rogatory.model.scenario.DataCategory;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Declaration;
import org.rogatory.model.scenario.DeclarationKind;
import org.rogatory.model.scenario.Difficulty;
import org.rogatory.model.scenario.Discoverable;
import org.rogatory.model.scenario.DomesticOffence;
import org.rogatory.model.scenario.EndScenario;
import org.rogatory.model.scenario.Evidence;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.EvidenceStatusChange;
import org.rogatory.model.scenario.EvidenceStatusCondition;
import org.rogatory.model.scenario.Feedback;
import org.rogatory.model.scenario.Flag;
import org.rogatory.model.scenario.FlagCondition;
import org.rogatory.model.scenario.Identified;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.LearningObjective;
import org.rogatory.model.scenario.LegalBasis;
import org.rogatory.model.scenario.LogicalOperator;
import org.rogatory.model.scenario.Message;
import org.rogatory.model.scenario.Offence;
import org.rogatory.model.scenario.OpenDecisionPoint;
import org.rogatory.model.scenario.Pack;
import org.rogatory.model.scenario.PenaltyKind;
import org.rogatory.model.scenario.Person;
import org.rogatory.model.scenario.PersonRole;
import org.rogatory.model.scenario.ProviderKind;
import org.rogatory.model.scenario.ReferenceStep;
import org.rogatory.model.scenario.RequestIncludesCondition;
import org.rogatory.model.scenario.RetentionPolicy;
import org.rogatory.model.scenario.Reveal;
import org.rogatory.model.scenario.Rubric;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioFactory;
import org.rogatory.model.scenario.ScenarioPackage;
import org.rogatory.model.scenario.ScoreEffect;
import org.rogatory.model.scenario.ServiceProvider;
import org.rogatory.model.scenario.SetFlag;
import org.rogatory.model.scenario.State;
import org.rogatory.model.scenario.TimeCondition;
import org.rogatory.model.scenario.TimedEvent;
import org.rogatory.model.scenario.TraineeRole;
import org.rogatory.model.scenario.Urgency;
import org.rogatory.model.scenario.Verdict;

import org.rogatory.model.scenario.util.ScenarioValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ScenarioPackageImpl extends EPackageImpl implements ScenarioPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass discoverableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass packEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass declarationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass domesticOffenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conductEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass authorityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass courtEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rubricEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass criterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass learningObjectiveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceProviderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass retentionPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass offenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flagEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decisionPointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass feedbackEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referenceStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass timedEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consequenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceStatusChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assetStatusChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass revealEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass messageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass setFlagEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass openDecisionPointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass closeDecisionPointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoreEffectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass endScenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conditionGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceStatusConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assetStatusConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actionTakenConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass timeConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flagConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass requestIncludesConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum conventionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum declarationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum penaltyKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum authorityKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum providerKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum personRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evidenceStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assetKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assetStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum difficultyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum traineeRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum instrumentEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum legalBasisEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum urgencyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum verdictEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum logicalOperatorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType identifierEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType keyEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType citationEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType isoDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType isoDateTimeEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType languageTagEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType versionEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType minutesEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType daysEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType monthsEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType weightEDataType = null;

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
	 * @see org.rogatory.model.scenario.ScenarioPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ScenarioPackageImpl() {
		super(eNS_URI, ScenarioFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link ScenarioPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ScenarioPackage init() {
		if (isInited) return (ScenarioPackage)EPackage.Registry.INSTANCE.getEPackage(ScenarioPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredScenarioPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ScenarioPackageImpl theScenarioPackage = registeredScenarioPackage instanceof ScenarioPackageImpl ? (ScenarioPackageImpl)registeredScenarioPackage : new ScenarioPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theScenarioPackage.createPackageContents();

		// Initialize created meta-data
		theScenarioPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theScenarioPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return ScenarioValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theScenarioPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ScenarioPackage.eNS_URI, theScenarioPackage);
		return theScenarioPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiscoverable() {
		return discoverableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiscoverable_KnownAtStart() {
		return (EAttribute)discoverableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActor() {
		return actorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Name() {
		return (EAttribute)actorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Description() {
		return (EAttribute)actorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidence() {
		return evidenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Name() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Description() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidence_Holder() {
		return (EReference)evidenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidence_Location() {
		return (EReference)evidenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidence_RelatedOffences() {
		return (EReference)evidenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPack() {
		return packEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPack_Version() {
		return (EAttribute)packEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPack_Title() {
		return (EAttribute)packEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPack_Description() {
		return (EAttribute)packEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPack_Authors() {
		return (EAttribute)packEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPack_Licence() {
		return (EAttribute)packEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPack_SourceLanguage() {
		return (EAttribute)packEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPack_Languages() {
		return (EAttribute)packEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPack_FormatVersion() {
		return (EAttribute)packEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPack_MinRogatoryVersion() {
		return (EAttribute)packEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPack_Cast() {
		return (EReference)packEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPack_Conducts() {
		return (EReference)packEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPack_Rubrics() {
		return (EReference)packEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPack_Scenarios() {
		return (EReference)packEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getState() {
		return stateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getState_Code() {
		return (EAttribute)stateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getState_Name() {
		return (EAttribute)stateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getState_Fictional() {
		return (EAttribute)stateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getState_ConventionStatus() {
		return (EAttribute)stateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getState_SignatureDate() {
		return (EAttribute)stateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getState_RatificationDate() {
		return (EAttribute)stateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getState_EntryIntoForceDate() {
		return (EAttribute)stateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getState_Declarations() {
		return (EReference)stateEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getState_Authorities() {
		return (EReference)stateEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getState_Courts() {
		return (EReference)stateEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getState_CentralAuthority() {
		return (EReference)stateEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getState_ExtraditionAuthority() {
		return (EReference)stateEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getState_PointOfContact() {
		return (EReference)stateEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getState_ExtraditesNationals() {
		return (EAttribute)stateEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getState_DomesticOffences() {
		return (EReference)stateEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeclaration() {
		return declarationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaration_Kind() {
		return (EAttribute)declarationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaration_Topic() {
		return (EAttribute)declarationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaration_Article() {
		return (EAttribute)declarationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaration_Values() {
		return (EAttribute)declarationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaration_Date() {
		return (EAttribute)declarationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaration_Summary() {
		return (EAttribute)declarationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDomesticOffence() {
		return domesticOffenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomesticOffence_Name() {
		return (EAttribute)domesticOffenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomesticOffence_Provision() {
		return (EAttribute)domesticOffenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomesticOffence_Conducts() {
		return (EReference)domesticOffenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomesticOffence_MaximumPenalty() {
		return (EAttribute)domesticOffenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomesticOffence_MaximumMonths() {
		return (EAttribute)domesticOffenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConduct() {
		return conductEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConduct_Name() {
		return (EAttribute)conductEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConduct_Description() {
		return (EAttribute)conductEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConduct_ConventionArticle() {
		return (EAttribute)conductEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAuthority() {
		return authorityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthority_Kind() {
		return (EAttribute)authorityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCourt() {
		return courtEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRubric() {
		return rubricEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRubric_Name() {
		return (EAttribute)rubricEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRubric_Criteria() {
		return (EReference)rubricEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCriterion() {
		return criterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Label() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Description() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Weight() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario() {
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Title() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Briefing() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Objectives() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Difficulty() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_ExpectedDuration() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_TraineeRole() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_HomeState() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_TraineeAuthority() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_ClockStart() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_TimeBudget() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Cast() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Rubric() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Providers() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Persons() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Offences() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_DataItems() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Assets() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Flags() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_DecisionPoints() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Start() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_TimedEvents() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_ReferencePath() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLearningObjective() {
		return learningObjectiveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningObjective_Text() {
		return (EAttribute)learningObjectiveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningObjective_Articles() {
		return (EAttribute)learningObjectiveEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceProvider() {
		return serviceProviderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceProvider_Kind() {
		return (EAttribute)serviceProviderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceProvider_EstablishedIn() {
		return (EReference)serviceProviderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceProvider_OffersServicesIn() {
		return (EReference)serviceProviderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceProvider_RetentionPolicies() {
		return (EReference)serviceProviderEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRetentionPolicy() {
		return retentionPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionPolicy_Category() {
		return (EAttribute)retentionPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionPolicy_Days() {
		return (EAttribute)retentionPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Roles() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Nationalities() {
		return (EReference)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Location() {
		return (EReference)personEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_LegalPerson() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataItem() {
		return dataItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataItem_Category() {
		return (EAttribute)dataItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataItem_Status() {
		return (EAttribute)dataItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataItem_DeletionAt() {
		return (EAttribute)dataItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAsset() {
		return assetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Kind() {
		return (EAttribute)assetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Status() {
		return (EAttribute)assetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_EstimatedValue() {
		return (EAttribute)assetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Currency() {
		return (EAttribute)assetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOffence() {
		return offenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffence_Name() {
		return (EAttribute)offenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffence_Facts() {
		return (EAttribute)offenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOffence_Conduct() {
		return (EReference)offenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOffence_CommittedIn() {
		return (EReference)offenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOffence_Suspects() {
		return (EReference)offenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlag() {
		return flagEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlag_Note() {
		return (EAttribute)flagEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecisionPoint() {
		return decisionPointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecisionPoint_Title() {
		return (EAttribute)decisionPointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecisionPoint_Narrative() {
		return (EAttribute)decisionPointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecisionPoint_Actions() {
		return (EReference)decisionPointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAction() {
		return actionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Label() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Description() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Instrument() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_TargetState() {
		return (EReference)actionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Addressee() {
		return (EReference)actionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Channel() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_LegalBasis() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_InvokedArticles() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_RequestElements() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_TraineeDrafts() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Offences() {
		return (EReference)actionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_DataItems() {
		return (EReference)actionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Assets() {
		return (EReference)actionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Persons() {
		return (EReference)actionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Urgency() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Grounds() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Cost() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Repeatable() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_AvailableWhen() {
		return (EReference)actionEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Consequences() {
		return (EReference)actionEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Next() {
		return (EReference)actionEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Feedback() {
		return (EReference)actionEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFeedback() {
		return feedbackEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_Explanation() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_Citations() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_ExpectedVerdict() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReferenceStep() {
		return referenceStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReferenceStep_Action() {
		return (EReference)referenceStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceStep_Rationale() {
		return (EAttribute)referenceStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTimedEvent() {
		return timedEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimedEvent_Title() {
		return (EAttribute)timedEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimedEvent_Narrative() {
		return (EAttribute)timedEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimedEvent_At() {
		return (EAttribute)timedEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTimedEvent_When() {
		return (EReference)timedEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTimedEvent_Consequences() {
		return (EReference)timedEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsequence() {
		return consequenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsequence_Delay() {
		return (EAttribute)consequenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsequence_OnlyIf() {
		return (EReference)consequenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidenceStatusChange() {
		return evidenceStatusChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidenceStatusChange_DataItems() {
		return (EReference)evidenceStatusChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceStatusChange_Status() {
		return (EAttribute)evidenceStatusChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssetStatusChange() {
		return assetStatusChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssetStatusChange_Assets() {
		return (EReference)assetStatusChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssetStatusChange_Status() {
		return (EAttribute)assetStatusChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReveal() {
		return revealEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReveal_Targets() {
		return (EReference)revealEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMessage() {
		return messageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMessage_Sender() {
		return (EReference)messageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessage_Subject() {
		return (EAttribute)messageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessage_Text() {
		return (EAttribute)messageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSetFlag() {
		return setFlagEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSetFlag_Flag() {
		return (EReference)setFlagEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetFlag_Value() {
		return (EAttribute)setFlagEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOpenDecisionPoint() {
		return openDecisionPointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpenDecisionPoint_DecisionPoints() {
		return (EReference)openDecisionPointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCloseDecisionPoint() {
		return closeDecisionPointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCloseDecisionPoint_DecisionPoints() {
		return (EReference)closeDecisionPointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScoreEffect() {
		return scoreEffectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScoreEffect_Criterion() {
		return (EReference)scoreEffectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreEffect_Delta() {
		return (EAttribute)scoreEffectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEndScenario() {
		return endScenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndScenario_Epilogue() {
		return (EAttribute)endScenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCondition() {
		return conditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConditionGroup() {
		return conditionGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConditionGroup_Operator() {
		return (EAttribute)conditionGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConditionGroup_Operands() {
		return (EReference)conditionGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidenceStatusCondition() {
		return evidenceStatusConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidenceStatusCondition_DataItem() {
		return (EReference)evidenceStatusConditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceStatusCondition_Status() {
		return (EAttribute)evidenceStatusConditionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssetStatusCondition() {
		return assetStatusConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssetStatusCondition_Asset() {
		return (EReference)assetStatusConditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssetStatusCondition_Status() {
		return (EAttribute)assetStatusConditionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActionTakenCondition() {
		return actionTakenConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActionTakenCondition_Action() {
		return (EReference)actionTakenConditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTimeCondition() {
		return timeConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeCondition_After() {
		return (EAttribute)timeConditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlagCondition() {
		return flagConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlagCondition_Flag() {
		return (EReference)flagConditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRequestIncludesCondition() {
		return requestIncludesConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRequestIncludesCondition_Action() {
		return (EReference)requestIncludesConditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequestIncludesCondition_Elements() {
		return (EAttribute)requestIncludesConditionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConventionStatus() {
		return conventionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeclarationKind() {
		return declarationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPenaltyKind() {
		return penaltyKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAuthorityKind() {
		return authorityKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProviderKind() {
		return providerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPersonRole() {
		return personRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataCategory() {
		return dataCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvidenceStatus() {
		return evidenceStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssetKind() {
		return assetKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssetStatus() {
		return assetStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDifficulty() {
		return difficultyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTraineeRole() {
		return traineeRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInstrument() {
		return instrumentEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannel() {
		return channelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLegalBasis() {
		return legalBasisEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUrgency() {
		return urgencyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVerdict() {
		return verdictEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLogicalOperator() {
		return logicalOperatorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIdentifier() {
		return identifierEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getKey() {
		return keyEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getCitation() {
		return citationEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIsoDate() {
		return isoDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIsoDateTime() {
		return isoDateTimeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLanguageTag() {
		return languageTagEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getVersion() {
		return versionEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getMinutes() {
		return minutesEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDays() {
		return daysEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getMonths() {
		return monthsEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getWeight() {
		return weightEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScenarioFactory getScenarioFactory() {
		return (ScenarioFactory)getEFactoryInstance();
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
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		discoverableEClass = createEClass(DISCOVERABLE);
		createEAttribute(discoverableEClass, DISCOVERABLE__KNOWN_AT_START);

		actorEClass = createEClass(ACTOR);
		createEAttribute(actorEClass, ACTOR__NAME);
		createEAttribute(actorEClass, ACTOR__DESCRIPTION);

		evidenceEClass = createEClass(EVIDENCE);
		createEAttribute(evidenceEClass, EVIDENCE__NAME);
		createEAttribute(evidenceEClass, EVIDENCE__DESCRIPTION);
		createEReference(evidenceEClass, EVIDENCE__HOLDER);
		createEReference(evidenceEClass, EVIDENCE__LOCATION);
		createEReference(evidenceEClass, EVIDENCE__RELATED_OFFENCES);

		packEClass = createEClass(PACK);
		createEAttribute(packEClass, PACK__VERSION);
		createEAttribute(packEClass, PACK__TITLE);
		createEAttribute(packEClass, PACK__DESCRIPTION);
		createEAttribute(packEClass, PACK__AUTHORS);
		createEAttribute(packEClass, PACK__LICENCE);
		createEAttribute(packEClass, PACK__SOURCE_LANGUAGE);
		createEAttribute(packEClass, PACK__LANGUAGES);
		createEAttribute(packEClass, PACK__FORMAT_VERSION);
		createEAttribute(packEClass, PACK__MIN_ROGATORY_VERSION);
		createEReference(packEClass, PACK__CAST);
		createEReference(packEClass, PACK__CONDUCTS);
		createEReference(packEClass, PACK__RUBRICS);
		createEReference(packEClass, PACK__SCENARIOS);

		stateEClass = createEClass(STATE);
		createEAttribute(stateEClass, STATE__CODE);
		createEAttribute(stateEClass, STATE__NAME);
		createEAttribute(stateEClass, STATE__FICTIONAL);
		createEAttribute(stateEClass, STATE__CONVENTION_STATUS);
		createEAttribute(stateEClass, STATE__SIGNATURE_DATE);
		createEAttribute(stateEClass, STATE__RATIFICATION_DATE);
		createEAttribute(stateEClass, STATE__ENTRY_INTO_FORCE_DATE);
		createEReference(stateEClass, STATE__DECLARATIONS);
		createEReference(stateEClass, STATE__AUTHORITIES);
		createEReference(stateEClass, STATE__COURTS);
		createEReference(stateEClass, STATE__CENTRAL_AUTHORITY);
		createEReference(stateEClass, STATE__EXTRADITION_AUTHORITY);
		createEReference(stateEClass, STATE__POINT_OF_CONTACT);
		createEAttribute(stateEClass, STATE__EXTRADITES_NATIONALS);
		createEReference(stateEClass, STATE__DOMESTIC_OFFENCES);

		declarationEClass = createEClass(DECLARATION);
		createEAttribute(declarationEClass, DECLARATION__KIND);
		createEAttribute(declarationEClass, DECLARATION__TOPIC);
		createEAttribute(declarationEClass, DECLARATION__ARTICLE);
		createEAttribute(declarationEClass, DECLARATION__VALUES);
		createEAttribute(declarationEClass, DECLARATION__DATE);
		createEAttribute(declarationEClass, DECLARATION__SUMMARY);

		domesticOffenceEClass = createEClass(DOMESTIC_OFFENCE);
		createEAttribute(domesticOffenceEClass, DOMESTIC_OFFENCE__NAME);
		createEAttribute(domesticOffenceEClass, DOMESTIC_OFFENCE__PROVISION);
		createEReference(domesticOffenceEClass, DOMESTIC_OFFENCE__CONDUCTS);
		createEAttribute(domesticOffenceEClass, DOMESTIC_OFFENCE__MAXIMUM_PENALTY);
		createEAttribute(domesticOffenceEClass, DOMESTIC_OFFENCE__MAXIMUM_MONTHS);

		conductEClass = createEClass(CONDUCT);
		createEAttribute(conductEClass, CONDUCT__NAME);
		createEAttribute(conductEClass, CONDUCT__DESCRIPTION);
		createEAttribute(conductEClass, CONDUCT__CONVENTION_ARTICLE);

		authorityEClass = createEClass(AUTHORITY);
		createEAttribute(authorityEClass, AUTHORITY__KIND);

		courtEClass = createEClass(COURT);

		rubricEClass = createEClass(RUBRIC);
		createEAttribute(rubricEClass, RUBRIC__NAME);
		createEReference(rubricEClass, RUBRIC__CRITERIA);

		criterionEClass = createEClass(CRITERION);
		createEAttribute(criterionEClass, CRITERION__LABEL);
		createEAttribute(criterionEClass, CRITERION__DESCRIPTION);
		createEAttribute(criterionEClass, CRITERION__WEIGHT);

		scenarioEClass = createEClass(SCENARIO);
		createEAttribute(scenarioEClass, SCENARIO__TITLE);
		createEAttribute(scenarioEClass, SCENARIO__BRIEFING);
		createEReference(scenarioEClass, SCENARIO__OBJECTIVES);
		createEAttribute(scenarioEClass, SCENARIO__DIFFICULTY);
		createEAttribute(scenarioEClass, SCENARIO__EXPECTED_DURATION);
		createEAttribute(scenarioEClass, SCENARIO__TRAINEE_ROLE);
		createEReference(scenarioEClass, SCENARIO__HOME_STATE);
		createEReference(scenarioEClass, SCENARIO__TRAINEE_AUTHORITY);
		createEAttribute(scenarioEClass, SCENARIO__CLOCK_START);
		createEAttribute(scenarioEClass, SCENARIO__TIME_BUDGET);
		createEReference(scenarioEClass, SCENARIO__CAST);
		createEReference(scenarioEClass, SCENARIO__RUBRIC);
		createEReference(scenarioEClass, SCENARIO__PROVIDERS);
		createEReference(scenarioEClass, SCENARIO__PERSONS);
		createEReference(scenarioEClass, SCENARIO__OFFENCES);
		createEReference(scenarioEClass, SCENARIO__DATA_ITEMS);
		createEReference(scenarioEClass, SCENARIO__ASSETS);
		createEReference(scenarioEClass, SCENARIO__FLAGS);
		createEReference(scenarioEClass, SCENARIO__DECISION_POINTS);
		createEReference(scenarioEClass, SCENARIO__START);
		createEReference(scenarioEClass, SCENARIO__TIMED_EVENTS);
		createEReference(scenarioEClass, SCENARIO__REFERENCE_PATH);

		learningObjectiveEClass = createEClass(LEARNING_OBJECTIVE);
		createEAttribute(learningObjectiveEClass, LEARNING_OBJECTIVE__TEXT);
		createEAttribute(learningObjectiveEClass, LEARNING_OBJECTIVE__ARTICLES);

		serviceProviderEClass = createEClass(SERVICE_PROVIDER);
		createEAttribute(serviceProviderEClass, SERVICE_PROVIDER__KIND);
		createEReference(serviceProviderEClass, SERVICE_PROVIDER__ESTABLISHED_IN);
		createEReference(serviceProviderEClass, SERVICE_PROVIDER__OFFERS_SERVICES_IN);
		createEReference(serviceProviderEClass, SERVICE_PROVIDER__RETENTION_POLICIES);

		retentionPolicyEClass = createEClass(RETENTION_POLICY);
		createEAttribute(retentionPolicyEClass, RETENTION_POLICY__CATEGORY);
		createEAttribute(retentionPolicyEClass, RETENTION_POLICY__DAYS);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__ROLES);
		createEReference(personEClass, PERSON__NATIONALITIES);
		createEReference(personEClass, PERSON__LOCATION);
		createEAttribute(personEClass, PERSON__LEGAL_PERSON);

		dataItemEClass = createEClass(DATA_ITEM);
		createEAttribute(dataItemEClass, DATA_ITEM__CATEGORY);
		createEAttribute(dataItemEClass, DATA_ITEM__STATUS);
		createEAttribute(dataItemEClass, DATA_ITEM__DELETION_AT);

		assetEClass = createEClass(ASSET);
		createEAttribute(assetEClass, ASSET__KIND);
		createEAttribute(assetEClass, ASSET__STATUS);
		createEAttribute(assetEClass, ASSET__ESTIMATED_VALUE);
		createEAttribute(assetEClass, ASSET__CURRENCY);

		offenceEClass = createEClass(OFFENCE);
		createEAttribute(offenceEClass, OFFENCE__NAME);
		createEAttribute(offenceEClass, OFFENCE__FACTS);
		createEReference(offenceEClass, OFFENCE__CONDUCT);
		createEReference(offenceEClass, OFFENCE__COMMITTED_IN);
		createEReference(offenceEClass, OFFENCE__SUSPECTS);

		flagEClass = createEClass(FLAG);
		createEAttribute(flagEClass, FLAG__NOTE);

		decisionPointEClass = createEClass(DECISION_POINT);
		createEAttribute(decisionPointEClass, DECISION_POINT__TITLE);
		createEAttribute(decisionPointEClass, DECISION_POINT__NARRATIVE);
		createEReference(decisionPointEClass, DECISION_POINT__ACTIONS);

		actionEClass = createEClass(ACTION);
		createEAttribute(actionEClass, ACTION__LABEL);
		createEAttribute(actionEClass, ACTION__DESCRIPTION);
		createEAttribute(actionEClass, ACTION__INSTRUMENT);
		createEReference(actionEClass, ACTION__TARGET_STATE);
		createEReference(actionEClass, ACTION__ADDRESSEE);
		createEAttribute(actionEClass, ACTION__CHANNEL);
		createEAttribute(actionEClass, ACTION__LEGAL_BASIS);
		createEAttribute(actionEClass, ACTION__INVOKED_ARTICLES);
		createEAttribute(actionEClass, ACTION__REQUEST_ELEMENTS);
		createEAttribute(actionEClass, ACTION__TRAINEE_DRAFTS);
		createEReference(actionEClass, ACTION__OFFENCES);
		createEReference(actionEClass, ACTION__DATA_ITEMS);
		createEReference(actionEClass, ACTION__ASSETS);
		createEReference(actionEClass, ACTION__PERSONS);
		createEAttribute(actionEClass, ACTION__URGENCY);
		createEAttribute(actionEClass, ACTION__GROUNDS);
		createEAttribute(actionEClass, ACTION__COST);
		createEAttribute(actionEClass, ACTION__REPEATABLE);
		createEReference(actionEClass, ACTION__AVAILABLE_WHEN);
		createEReference(actionEClass, ACTION__CONSEQUENCES);
		createEReference(actionEClass, ACTION__NEXT);
		createEReference(actionEClass, ACTION__FEEDBACK);

		feedbackEClass = createEClass(FEEDBACK);
		createEAttribute(feedbackEClass, FEEDBACK__EXPLANATION);
		createEAttribute(feedbackEClass, FEEDBACK__CITATIONS);
		createEAttribute(feedbackEClass, FEEDBACK__EXPECTED_VERDICT);

		referenceStepEClass = createEClass(REFERENCE_STEP);
		createEReference(referenceStepEClass, REFERENCE_STEP__ACTION);
		createEAttribute(referenceStepEClass, REFERENCE_STEP__RATIONALE);

		timedEventEClass = createEClass(TIMED_EVENT);
		createEAttribute(timedEventEClass, TIMED_EVENT__TITLE);
		createEAttribute(timedEventEClass, TIMED_EVENT__NARRATIVE);
		createEAttribute(timedEventEClass, TIMED_EVENT__AT);
		createEReference(timedEventEClass, TIMED_EVENT__WHEN);
		createEReference(timedEventEClass, TIMED_EVENT__CONSEQUENCES);

		consequenceEClass = createEClass(CONSEQUENCE);
		createEAttribute(consequenceEClass, CONSEQUENCE__DELAY);
		createEReference(consequenceEClass, CONSEQUENCE__ONLY_IF);

		evidenceStatusChangeEClass = createEClass(EVIDENCE_STATUS_CHANGE);
		createEReference(evidenceStatusChangeEClass, EVIDENCE_STATUS_CHANGE__DATA_ITEMS);
		createEAttribute(evidenceStatusChangeEClass, EVIDENCE_STATUS_CHANGE__STATUS);

		assetStatusChangeEClass = createEClass(ASSET_STATUS_CHANGE);
		createEReference(assetStatusChangeEClass, ASSET_STATUS_CHANGE__ASSETS);
		createEAttribute(assetStatusChangeEClass, ASSET_STATUS_CHANGE__STATUS);

		revealEClass = createEClass(REVEAL);
		createEReference(revealEClass, REVEAL__TARGETS);

		messageEClass = createEClass(MESSAGE);
		createEReference(messageEClass, MESSAGE__SENDER);
		createEAttribute(messageEClass, MESSAGE__SUBJECT);
		createEAttribute(messageEClass, MESSAGE__TEXT);

		setFlagEClass = createEClass(SET_FLAG);
		createEReference(setFlagEClass, SET_FLAG__FLAG);
		createEAttribute(setFlagEClass, SET_FLAG__VALUE);

		openDecisionPointEClass = createEClass(OPEN_DECISION_POINT);
		createEReference(openDecisionPointEClass, OPEN_DECISION_POINT__DECISION_POINTS);

		closeDecisionPointEClass = createEClass(CLOSE_DECISION_POINT);
		createEReference(closeDecisionPointEClass, CLOSE_DECISION_POINT__DECISION_POINTS);

		scoreEffectEClass = createEClass(SCORE_EFFECT);
		createEReference(scoreEffectEClass, SCORE_EFFECT__CRITERION);
		createEAttribute(scoreEffectEClass, SCORE_EFFECT__DELTA);

		endScenarioEClass = createEClass(END_SCENARIO);
		createEAttribute(endScenarioEClass, END_SCENARIO__EPILOGUE);

		conditionEClass = createEClass(CONDITION);

		conditionGroupEClass = createEClass(CONDITION_GROUP);
		createEAttribute(conditionGroupEClass, CONDITION_GROUP__OPERATOR);
		createEReference(conditionGroupEClass, CONDITION_GROUP__OPERANDS);

		evidenceStatusConditionEClass = createEClass(EVIDENCE_STATUS_CONDITION);
		createEReference(evidenceStatusConditionEClass, EVIDENCE_STATUS_CONDITION__DATA_ITEM);
		createEAttribute(evidenceStatusConditionEClass, EVIDENCE_STATUS_CONDITION__STATUS);

		assetStatusConditionEClass = createEClass(ASSET_STATUS_CONDITION);
		createEReference(assetStatusConditionEClass, ASSET_STATUS_CONDITION__ASSET);
		createEAttribute(assetStatusConditionEClass, ASSET_STATUS_CONDITION__STATUS);

		actionTakenConditionEClass = createEClass(ACTION_TAKEN_CONDITION);
		createEReference(actionTakenConditionEClass, ACTION_TAKEN_CONDITION__ACTION);

		timeConditionEClass = createEClass(TIME_CONDITION);
		createEAttribute(timeConditionEClass, TIME_CONDITION__AFTER);

		flagConditionEClass = createEClass(FLAG_CONDITION);
		createEReference(flagConditionEClass, FLAG_CONDITION__FLAG);

		requestIncludesConditionEClass = createEClass(REQUEST_INCLUDES_CONDITION);
		createEReference(requestIncludesConditionEClass, REQUEST_INCLUDES_CONDITION__ACTION);
		createEAttribute(requestIncludesConditionEClass, REQUEST_INCLUDES_CONDITION__ELEMENTS);

		// Create enums
		conventionStatusEEnum = createEEnum(CONVENTION_STATUS);
		declarationKindEEnum = createEEnum(DECLARATION_KIND);
		penaltyKindEEnum = createEEnum(PENALTY_KIND);
		authorityKindEEnum = createEEnum(AUTHORITY_KIND);
		providerKindEEnum = createEEnum(PROVIDER_KIND);
		personRoleEEnum = createEEnum(PERSON_ROLE);
		dataCategoryEEnum = createEEnum(DATA_CATEGORY);
		evidenceStatusEEnum = createEEnum(EVIDENCE_STATUS);
		assetKindEEnum = createEEnum(ASSET_KIND);
		assetStatusEEnum = createEEnum(ASSET_STATUS);
		difficultyEEnum = createEEnum(DIFFICULTY);
		traineeRoleEEnum = createEEnum(TRAINEE_ROLE);
		instrumentEEnum = createEEnum(INSTRUMENT);
		channelEEnum = createEEnum(CHANNEL);
		legalBasisEEnum = createEEnum(LEGAL_BASIS);
		urgencyEEnum = createEEnum(URGENCY);
		verdictEEnum = createEEnum(VERDICT);
		logicalOperatorEEnum = createEEnum(LOGICAL_OPERATOR);

		// Create data types
		identifierEDataType = createEDataType(IDENTIFIER);
		keyEDataType = createEDataType(KEY);
		citationEDataType = createEDataType(CITATION);
		isoDateEDataType = createEDataType(ISO_DATE);
		isoDateTimeEDataType = createEDataType(ISO_DATE_TIME);
		languageTagEDataType = createEDataType(LANGUAGE_TAG);
		versionEDataType = createEDataType(VERSION);
		minutesEDataType = createEDataType(MINUTES);
		daysEDataType = createEDataType(DAYS);
		monthsEDataType = createEDataType(MONTHS);
		weightEDataType = createEDataType(WEIGHT);
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
		discoverableEClass.getESuperTypes().add(this.getIdentified());
		actorEClass.getESuperTypes().add(this.getDiscoverable());
		evidenceEClass.getESuperTypes().add(this.getDiscoverable());
		packEClass.getESuperTypes().add(this.getIdentified());
		stateEClass.getESuperTypes().add(this.getIdentified());
		declarationEClass.getESuperTypes().add(this.getIdentified());
		domesticOffenceEClass.getESuperTypes().add(this.getIdentified());
		conductEClass.getESuperTypes().add(this.getIdentified());
		authorityEClass.getESuperTypes().add(this.getActor());
		courtEClass.getESuperTypes().add(this.getActor());
		rubricEClass.getESuperTypes().add(this.getIdentified());
		criterionEClass.getESuperTypes().add(this.getIdentified());
		scenarioEClass.getESuperTypes().add(this.getIdentified());
		learningObjectiveEClass.getESuperTypes().add(this.getIdentified());
		serviceProviderEClass.getESuperTypes().add(this.getActor());
		personEClass.getESuperTypes().add(this.getActor());
		dataItemEClass.getESuperTypes().add(this.getEvidence());
		assetEClass.getESuperTypes().add(this.getEvidence());
		offenceEClass.getESuperTypes().add(this.getIdentified());
		flagEClass.getESuperTypes().add(this.getIdentified());
		decisionPointEClass.getESuperTypes().add(this.getIdentified());
		actionEClass.getESuperTypes().add(this.getIdentified());
		feedbackEClass.getESuperTypes().add(this.getIdentified());
		referenceStepEClass.getESuperTypes().add(this.getIdentified());
		timedEventEClass.getESuperTypes().add(this.getIdentified());
		evidenceStatusChangeEClass.getESuperTypes().add(this.getConsequence());
		assetStatusChangeEClass.getESuperTypes().add(this.getConsequence());
		revealEClass.getESuperTypes().add(this.getConsequence());
		messageEClass.getESuperTypes().add(this.getConsequence());
		messageEClass.getESuperTypes().add(this.getIdentified());
		setFlagEClass.getESuperTypes().add(this.getConsequence());
		openDecisionPointEClass.getESuperTypes().add(this.getConsequence());
		closeDecisionPointEClass.getESuperTypes().add(this.getConsequence());
		scoreEffectEClass.getESuperTypes().add(this.getConsequence());
		endScenarioEClass.getESuperTypes().add(this.getConsequence());
		endScenarioEClass.getESuperTypes().add(this.getIdentified());
		conditionGroupEClass.getESuperTypes().add(this.getCondition());
		evidenceStatusConditionEClass.getESuperTypes().add(this.getCondition());
		assetStatusConditionEClass.getESuperTypes().add(this.getCondition());
		actionTakenConditionEClass.getESuperTypes().add(this.getCondition());
		timeConditionEClass.getESuperTypes().add(this.getCondition());
		flagConditionEClass.getESuperTypes().add(this.getCondition());
		requestIncludesConditionEClass.getESuperTypes().add(this.getCondition());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getIdentified_Id(), this.getIdentifier(), "id", null, 1, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(discoverableEClass, Discoverable.class, "Discoverable", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDiscoverable_KnownAtStart(), ecorePackage.getEBoolean(), "knownAtStart", "true", 0, 1, Discoverable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(actorEClass, Actor.class, "Actor", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getActor_Name(), ecorePackage.getEString(), "name", null, 1, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getActor_Description(), ecorePackage.getEString(), "description", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(evidenceEClass, Evidence.class, "Evidence", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getEvidence_Name(), ecorePackage.getEString(), "name", null, 1, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvidence_Description(), ecorePackage.getEString(), "description", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEvidence_Holder(), this.getActor(), null, "holder", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEvidence_Location(), this.getState(), null, "location", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEvidence_RelatedOffences(), this.getOffence(), null, "relatedOffences", null, 0, -1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(packEClass, Pack.class, "Pack", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPack_Version(), this.getVersion(), "version", null, 1, 1, Pack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPack_Title(), ecorePackage.getEString(), "title", null, 1, 1, Pack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPack_Description(), ecorePackage.getEString(), "description", null, 0, 1, Pack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPack_Authors(), ecorePackage.getEString(), "authors", null, 0, -1, Pack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPack_Licence(), ecorePackage.getEString(), "licence", null, 1, 1, Pack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPack_SourceLanguage(), this.getLanguageTag(), "sourceLanguage", null, 1, 1, Pack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPack_Languages(), this.getLanguageTag(), "languages", null, 0, -1, Pack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPack_FormatVersion(), this.getVersion(), "formatVersion", null, 1, 1, Pack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPack_MinRogatoryVersion(), this.getVersion(), "minRogatoryVersion", null, 1, 1, Pack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPack_Cast(), this.getState(), null, "cast", null, 0, -1, Pack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPack_Conducts(), this.getConduct(), null, "conducts", null, 0, -1, Pack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPack_Rubrics(), this.getRubric(), null, "rubrics", null, 0, -1, Pack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPack_Scenarios(), this.getScenario(), null, "scenarios", null, 1, -1, Pack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(stateEClass, State.class, "State", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getState_Code(), ecorePackage.getEString(), "code", null, 1, 1, State.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getState_Name(), ecorePackage.getEString(), "name", null, 1, 1, State.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getState_Fictional(), ecorePackage.getEBoolean(), "fictional", "true", 0, 1, State.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getState_ConventionStatus(), this.getConventionStatus(), "conventionStatus", null, 0, 1, State.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getState_SignatureDate(), this.getIsoDate(), "signatureDate", null, 0, 1, State.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getState_RatificationDate(), this.getIsoDate(), "ratificationDate", null, 0, 1, State.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getState_EntryIntoForceDate(), this.getIsoDate(), "entryIntoForceDate", null, 0, 1, State.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getState_Declarations(), this.getDeclaration(), null, "declarations", null, 0, -1, State.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getState_Authorities(), this.getAuthority(), null, "authorities", null, 0, -1, State.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getState_Courts(), this.getCourt(), null, "courts", null, 0, -1, State.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getState_CentralAuthority(), this.getAuthority(), null, "centralAuthority", null, 0, 1, State.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getState_ExtraditionAuthority(), this.getAuthority(), null, "extraditionAuthority", null, 0, 1, State.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getState_PointOfContact(), this.getAuthority(), null, "pointOfContact", null, 0, 1, State.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getState_ExtraditesNationals(), ecorePackage.getEBoolean(), "extraditesNationals", null, 0, 1, State.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getState_DomesticOffences(), this.getDomesticOffence(), null, "domesticOffences", null, 0, -1, State.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(declarationEClass, Declaration.class, "Declaration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDeclaration_Kind(), this.getDeclarationKind(), "kind", null, 0, 1, Declaration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDeclaration_Topic(), this.getKey(), "topic", null, 1, 1, Declaration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDeclaration_Article(), this.getCitation(), "article", null, 0, 1, Declaration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDeclaration_Values(), ecorePackage.getEString(), "values", null, 0, -1, Declaration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDeclaration_Date(), this.getIsoDate(), "date", null, 0, 1, Declaration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDeclaration_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, Declaration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(domesticOffenceEClass, DomesticOffence.class, "DomesticOffence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDomesticOffence_Name(), ecorePackage.getEString(), "name", null, 1, 1, DomesticOffence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDomesticOffence_Provision(), ecorePackage.getEString(), "provision", null, 0, 1, DomesticOffence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDomesticOffence_Conducts(), this.getConduct(), null, "conducts", null, 1, -1, DomesticOffence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDomesticOffence_MaximumPenalty(), this.getPenaltyKind(), "maximumPenalty", null, 0, 1, DomesticOffence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDomesticOffence_MaximumMonths(), this.getMonths(), "maximumMonths", null, 0, 1, DomesticOffence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(conductEClass, Conduct.class, "Conduct", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getConduct_Name(), ecorePackage.getEString(), "name", null, 1, 1, Conduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getConduct_Description(), ecorePackage.getEString(), "description", null, 0, 1, Conduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getConduct_ConventionArticle(), this.getCitation(), "conventionArticle", null, 0, 1, Conduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(authorityEClass, Authority.class, "Authority", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAuthority_Kind(), this.getAuthorityKind(), "kind", null, 0, 1, Authority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(courtEClass, Court.class, "Court", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		initEClass(rubricEClass, Rubric.class, "Rubric", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRubric_Name(), ecorePackage.getEString(), "name", null, 1, 1, Rubric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRubric_Criteria(), this.getCriterion(), null, "criteria", null, 1, -1, Rubric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(criterionEClass, Criterion.class, "Criterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getCriterion_Label(), ecorePackage.getEString(), "label", null, 1, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCriterion_Description(), ecorePackage.getEString(), "description", null, 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCriterion_Weight(), this.getWeight(), "weight", "1", 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(scenarioEClass, Scenario.class, "Scenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getScenario_Title(), ecorePackage.getEString(), "title", null, 1, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScenario_Briefing(), ecorePackage.getEString(), "briefing", null, 1, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_Objectives(), this.getLearningObjective(), null, "objectives", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScenario_Difficulty(), this.getDifficulty(), "difficulty", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScenario_ExpectedDuration(), this.getMinutes(), "expectedDuration", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScenario_TraineeRole(), this.getTraineeRole(), "traineeRole", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_HomeState(), this.getState(), null, "homeState", null, 1, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_TraineeAuthority(), this.getAuthority(), null, "traineeAuthority", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScenario_ClockStart(), this.getIsoDateTime(), "clockStart", null, 1, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScenario_TimeBudget(), this.getMinutes(), "timeBudget", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_Cast(), this.getState(), null, "cast", null, 1, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_Rubric(), this.getRubric(), null, "rubric", null, 1, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_Providers(), this.getServiceProvider(), null, "providers", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_Persons(), this.getPerson(), null, "persons", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_Offences(), this.getOffence(), null, "offences", null, 1, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_DataItems(), this.getDataItem(), null, "dataItems", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_Assets(), this.getAsset(), null, "assets", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_Flags(), this.getFlag(), null, "flags", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_DecisionPoints(), this.getDecisionPoint(), null, "decisionPoints", null, 1, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_Start(), this.getDecisionPoint(), null, "start", null, 1, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_TimedEvents(), this.getTimedEvent(), null, "timedEvents", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_ReferencePath(), this.getReferenceStep(), null, "referencePath", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(learningObjectiveEClass, LearningObjective.class, "LearningObjective", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getLearningObjective_Text(), ecorePackage.getEString(), "text", null, 1, 1, LearningObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLearningObjective_Articles(), this.getCitation(), "articles", null, 1, -1, LearningObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(serviceProviderEClass, ServiceProvider.class, "ServiceProvider", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getServiceProvider_Kind(), this.getProviderKind(), "kind", null, 0, 1, ServiceProvider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getServiceProvider_EstablishedIn(), this.getState(), null, "establishedIn", null, 1, 1, ServiceProvider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getServiceProvider_OffersServicesIn(), this.getState(), null, "offersServicesIn", null, 0, -1, ServiceProvider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getServiceProvider_RetentionPolicies(), this.getRetentionPolicy(), null, "retentionPolicies", null, 0, -1, ServiceProvider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(retentionPolicyEClass, RetentionPolicy.class, "RetentionPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRetentionPolicy_Category(), this.getDataCategory(), "category", null, 0, 1, RetentionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetentionPolicy_Days(), this.getDays(), "days", null, 0, 1, RetentionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPerson_Roles(), this.getPersonRole(), "roles", null, 1, -1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPerson_Nationalities(), this.getState(), null, "nationalities", null, 0, -1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPerson_Location(), this.getState(), null, "location", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPerson_LegalPerson(), ecorePackage.getEBoolean(), "legalPerson", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(dataItemEClass, DataItem.class, "DataItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDataItem_Category(), this.getDataCategory(), "category", null, 0, 1, DataItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDataItem_Status(), this.getEvidenceStatus(), "status", null, 0, 1, DataItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDataItem_DeletionAt(), this.getMinutes(), "deletionAt", null, 0, 1, DataItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(assetEClass, Asset.class, "Asset", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAsset_Kind(), this.getAssetKind(), "kind", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAsset_Status(), this.getAssetStatus(), "status", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAsset_EstimatedValue(), ecorePackage.getEBigDecimal(), "estimatedValue", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAsset_Currency(), ecorePackage.getEString(), "currency", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(offenceEClass, Offence.class, "Offence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getOffence_Name(), ecorePackage.getEString(), "name", null, 1, 1, Offence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOffence_Facts(), ecorePackage.getEString(), "facts", null, 0, 1, Offence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getOffence_Conduct(), this.getConduct(), null, "conduct", null, 1, 1, Offence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getOffence_CommittedIn(), this.getState(), null, "committedIn", null, 0, -1, Offence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getOffence_Suspects(), this.getPerson(), null, "suspects", null, 0, -1, Offence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(flagEClass, Flag.class, "Flag", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getFlag_Note(), ecorePackage.getEString(), "note", null, 0, 1, Flag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(decisionPointEClass, DecisionPoint.class, "DecisionPoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDecisionPoint_Title(), ecorePackage.getEString(), "title", null, 1, 1, DecisionPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDecisionPoint_Narrative(), ecorePackage.getEString(), "narrative", null, 1, 1, DecisionPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDecisionPoint_Actions(), this.getAction(), null, "actions", null, 1, -1, DecisionPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(actionEClass, Action.class, "Action", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAction_Label(), ecorePackage.getEString(), "label", null, 1, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAction_Description(), ecorePackage.getEString(), "description", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAction_Instrument(), this.getInstrument(), "instrument", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAction_TargetState(), this.getState(), null, "targetState", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAction_Addressee(), this.getActor(), null, "addressee", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAction_Channel(), this.getChannel(), "channel", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAction_LegalBasis(), this.getLegalBasis(), "legalBasis", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAction_InvokedArticles(), this.getCitation(), "invokedArticles", null, 0, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAction_RequestElements(), this.getKey(), "requestElements", null, 0, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAction_TraineeDrafts(), ecorePackage.getEBoolean(), "traineeDrafts", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAction_Offences(), this.getOffence(), null, "offences", null, 0, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAction_DataItems(), this.getDataItem(), null, "dataItems", null, 0, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAction_Assets(), this.getAsset(), null, "assets", null, 0, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAction_Persons(), this.getPerson(), null, "persons", null, 0, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAction_Urgency(), this.getUrgency(), "urgency", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAction_Grounds(), this.getKey(), "grounds", null, 0, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAction_Cost(), this.getMinutes(), "cost", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAction_Repeatable(), ecorePackage.getEBoolean(), "repeatable", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAction_AvailableWhen(), this.getCondition(), null, "availableWhen", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAction_Consequences(), this.getConsequence(), null, "consequences", null, 0, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAction_Next(), this.getDecisionPoint(), null, "next", null, 0, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAction_Feedback(), this.getFeedback(), null, "feedback", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(feedbackEClass, Feedback.class, "Feedback", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getFeedback_Explanation(), ecorePackage.getEString(), "explanation", null, 1, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFeedback_Citations(), this.getCitation(), "citations", null, 0, -1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFeedback_ExpectedVerdict(), this.getVerdict(), "expectedVerdict", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(referenceStepEClass, ReferenceStep.class, "ReferenceStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getReferenceStep_Action(), this.getAction(), null, "action", null, 1, 1, ReferenceStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getReferenceStep_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, ReferenceStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(timedEventEClass, TimedEvent.class, "TimedEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTimedEvent_Title(), ecorePackage.getEString(), "title", null, 0, 1, TimedEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTimedEvent_Narrative(), ecorePackage.getEString(), "narrative", null, 0, 1, TimedEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTimedEvent_At(), this.getMinutes(), "at", null, 0, 1, TimedEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTimedEvent_When(), this.getCondition(), null, "when", null, 0, 1, TimedEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTimedEvent_Consequences(), this.getConsequence(), null, "consequences", null, 0, -1, TimedEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(consequenceEClass, Consequence.class, "Consequence", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getConsequence_Delay(), this.getMinutes(), "delay", null, 0, 1, Consequence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getConsequence_OnlyIf(), this.getCondition(), null, "onlyIf", null, 0, 1, Consequence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(evidenceStatusChangeEClass, EvidenceStatusChange.class, "EvidenceStatusChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getEvidenceStatusChange_DataItems(), this.getDataItem(), null, "dataItems", null, 1, -1, EvidenceStatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvidenceStatusChange_Status(), this.getEvidenceStatus(), "status", null, 0, 1, EvidenceStatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(assetStatusChangeEClass, AssetStatusChange.class, "AssetStatusChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getAssetStatusChange_Assets(), this.getAsset(), null, "assets", null, 1, -1, AssetStatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAssetStatusChange_Status(), this.getAssetStatus(), "status", null, 0, 1, AssetStatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(revealEClass, Reveal.class, "Reveal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getReveal_Targets(), this.getDiscoverable(), null, "targets", null, 1, -1, Reveal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(messageEClass, Message.class, "Message", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getMessage_Sender(), this.getActor(), null, "sender", null, 0, 1, Message.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMessage_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, Message.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMessage_Text(), ecorePackage.getEString(), "text", null, 1, 1, Message.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(setFlagEClass, SetFlag.class, "SetFlag", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getSetFlag_Flag(), this.getFlag(), null, "flag", null, 1, 1, SetFlag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSetFlag_Value(), ecorePackage.getEBoolean(), "value", "true", 0, 1, SetFlag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(openDecisionPointEClass, OpenDecisionPoint.class, "OpenDecisionPoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getOpenDecisionPoint_DecisionPoints(), this.getDecisionPoint(), null, "decisionPoints", null, 1, -1, OpenDecisionPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(closeDecisionPointEClass, CloseDecisionPoint.class, "CloseDecisionPoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getCloseDecisionPoint_DecisionPoints(), this.getDecisionPoint(), null, "decisionPoints", null, 1, -1, CloseDecisionPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(scoreEffectEClass, ScoreEffect.class, "ScoreEffect", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getScoreEffect_Criterion(), this.getCriterion(), null, "criterion", null, 1, 1, ScoreEffect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScoreEffect_Delta(), ecorePackage.getEInt(), "delta", null, 0, 1, ScoreEffect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(endScenarioEClass, EndScenario.class, "EndScenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getEndScenario_Epilogue(), ecorePackage.getEString(), "epilogue", null, 0, 1, EndScenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(conditionEClass, Condition.class, "Condition", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		initEClass(conditionGroupEClass, ConditionGroup.class, "ConditionGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getConditionGroup_Operator(), this.getLogicalOperator(), "operator", null, 0, 1, ConditionGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getConditionGroup_Operands(), this.getCondition(), null, "operands", null, 1, -1, ConditionGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(evidenceStatusConditionEClass, EvidenceStatusCondition.class, "EvidenceStatusCondition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getEvidenceStatusCondition_DataItem(), this.getDataItem(), null, "dataItem", null, 1, 1, EvidenceStatusCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvidenceStatusCondition_Status(), this.getEvidenceStatus(), "status", null, 0, 1, EvidenceStatusCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(assetStatusConditionEClass, AssetStatusCondition.class, "AssetStatusCondition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getAssetStatusCondition_Asset(), this.getAsset(), null, "asset", null, 1, 1, AssetStatusCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAssetStatusCondition_Status(), this.getAssetStatus(), "status", null, 0, 1, AssetStatusCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(actionTakenConditionEClass, ActionTakenCondition.class, "ActionTakenCondition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getActionTakenCondition_Action(), this.getAction(), null, "action", null, 1, 1, ActionTakenCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(timeConditionEClass, TimeCondition.class, "TimeCondition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTimeCondition_After(), this.getMinutes(), "after", null, 0, 1, TimeCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(flagConditionEClass, FlagCondition.class, "FlagCondition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getFlagCondition_Flag(), this.getFlag(), null, "flag", null, 1, 1, FlagCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(requestIncludesConditionEClass, RequestIncludesCondition.class, "RequestIncludesCondition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getRequestIncludesCondition_Action(), this.getAction(), null, "action", null, 1, 1, RequestIncludesCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRequestIncludesCondition_Elements(), this.getKey(), "elements", null, 1, -1, RequestIncludesCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(conventionStatusEEnum, ConventionStatus.class, "ConventionStatus"); //$NON-NLS-1$
		addEEnumLiteral(conventionStatusEEnum, ConventionStatus.NON_SIGNATORY);
		addEEnumLiteral(conventionStatusEEnum, ConventionStatus.SIGNATORY);
		addEEnumLiteral(conventionStatusEEnum, ConventionStatus.PARTY);

		initEEnum(declarationKindEEnum, DeclarationKind.class, "DeclarationKind"); //$NON-NLS-1$
		addEEnumLiteral(declarationKindEEnum, DeclarationKind.DECLARATION);
		addEEnumLiteral(declarationKindEEnum, DeclarationKind.RESERVATION);
		addEEnumLiteral(declarationKindEEnum, DeclarationKind.NOTIFICATION);

		initEEnum(penaltyKindEEnum, PenaltyKind.class, "PenaltyKind"); //$NON-NLS-1$
		addEEnumLiteral(penaltyKindEEnum, PenaltyKind.IMPRISONMENT);
		addEEnumLiteral(penaltyKindEEnum, PenaltyKind.LIFE_IMPRISONMENT);
		addEEnumLiteral(penaltyKindEEnum, PenaltyKind.FINE_ONLY);

		initEEnum(authorityKindEEnum, AuthorityKind.class, "AuthorityKind"); //$NON-NLS-1$
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.PROSECUTION);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.POLICE);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.MINISTRY);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.FINANCIAL_INTELLIGENCE_UNIT);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.OTHER);

		initEEnum(providerKindEEnum, ProviderKind.class, "ProviderKind"); //$NON-NLS-1$
		addEEnumLiteral(providerKindEEnum, ProviderKind.COMMUNICATIONS);
		addEEnumLiteral(providerKindEEnum, ProviderKind.HOSTING);
		addEEnumLiteral(providerKindEEnum, ProviderKind.CLOUD);
		addEEnumLiteral(providerKindEEnum, ProviderKind.PLATFORM);
		addEEnumLiteral(providerKindEEnum, ProviderKind.VIRTUAL_ASSET_SERVICE);
		addEEnumLiteral(providerKindEEnum, ProviderKind.FINANCIAL);
		addEEnumLiteral(providerKindEEnum, ProviderKind.OTHER);

		initEEnum(personRoleEEnum, PersonRole.class, "PersonRole"); //$NON-NLS-1$
		addEEnumLiteral(personRoleEEnum, PersonRole.SUSPECT);
		addEEnumLiteral(personRoleEEnum, PersonRole.VICTIM);
		addEEnumLiteral(personRoleEEnum, PersonRole.WITNESS);
		addEEnumLiteral(personRoleEEnum, PersonRole.OTHER);

		initEEnum(dataCategoryEEnum, DataCategory.class, "DataCategory"); //$NON-NLS-1$
		addEEnumLiteral(dataCategoryEEnum, DataCategory.SUBSCRIBER_INFORMATION);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.TRAFFIC_DATA);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.CONTENT_DATA);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.OTHER);

		initEEnum(evidenceStatusEEnum, EvidenceStatus.class, "EvidenceStatus"); //$NON-NLS-1$
		addEEnumLiteral(evidenceStatusEEnum, EvidenceStatus.AT_RISK);
		addEEnumLiteral(evidenceStatusEEnum, EvidenceStatus.PRESERVED);
		addEEnumLiteral(evidenceStatusEEnum, EvidenceStatus.DISCLOSED);
		addEEnumLiteral(evidenceStatusEEnum, EvidenceStatus.SEIZED);
		addEEnumLiteral(evidenceStatusEEnum, EvidenceStatus.LOST);

		initEEnum(assetKindEEnum, AssetKind.class, "AssetKind"); //$NON-NLS-1$
		addEEnumLiteral(assetKindEEnum, AssetKind.VIRTUAL_ASSET);
		addEEnumLiteral(assetKindEEnum, AssetKind.BANK_ACCOUNT);
		addEEnumLiteral(assetKindEEnum, AssetKind.PROPERTY);
		addEEnumLiteral(assetKindEEnum, AssetKind.OTHER);

		initEEnum(assetStatusEEnum, AssetStatus.class, "AssetStatus"); //$NON-NLS-1$
		addEEnumLiteral(assetStatusEEnum, AssetStatus.AT_RISK);
		addEEnumLiteral(assetStatusEEnum, AssetStatus.FROZEN);
		addEEnumLiteral(assetStatusEEnum, AssetStatus.SEIZED);
		addEEnumLiteral(assetStatusEEnum, AssetStatus.CONFISCATED);
		addEEnumLiteral(assetStatusEEnum, AssetStatus.RETURNED);
		addEEnumLiteral(assetStatusEEnum, AssetStatus.DISSIPATED);

		initEEnum(difficultyEEnum, Difficulty.class, "Difficulty"); //$NON-NLS-1$
		addEEnumLiteral(difficultyEEnum, Difficulty.INTRODUCTORY);
		addEEnumLiteral(difficultyEEnum, Difficulty.INTERMEDIATE);
		addEEnumLiteral(difficultyEEnum, Difficulty.ADVANCED);

		initEEnum(traineeRoleEEnum, TraineeRole.class, "TraineeRole"); //$NON-NLS-1$
		addEEnumLiteral(traineeRoleEEnum, TraineeRole.PROSECUTOR);
		addEEnumLiteral(traineeRoleEEnum, TraineeRole.INVESTIGATOR);
		addEEnumLiteral(traineeRoleEEnum, TraineeRole.CENTRAL_AUTHORITY_OFFICER);
		addEEnumLiteral(traineeRoleEEnum, TraineeRole.POINT_OF_CONTACT_OFFICER);

		initEEnum(instrumentEEnum, Instrument.class, "Instrument"); //$NON-NLS-1$
		addEEnumLiteral(instrumentEEnum, Instrument.OTHER);
		addEEnumLiteral(instrumentEEnum, Instrument.PRESERVATION_ORDER);
		addEEnumLiteral(instrumentEEnum, Instrument.TRAFFIC_DATA_PRESERVATION_AND_PARTIAL_DISCLOSURE);
		addEEnumLiteral(instrumentEEnum, Instrument.PRODUCTION_ORDER);
		addEEnumLiteral(instrumentEEnum, Instrument.SEARCH_AND_SEIZURE);
		addEEnumLiteral(instrumentEEnum, Instrument.REAL_TIME_COLLECTION);
		addEEnumLiteral(instrumentEEnum, Instrument.INTERCEPTION);
		addEEnumLiteral(instrumentEEnum, Instrument.FREEZING_OR_SEIZURE);
		addEEnumLiteral(instrumentEEnum, Instrument.CONFISCATION);
		addEEnumLiteral(instrumentEEnum, Instrument.WITNESS_PROTECTION);
		addEEnumLiteral(instrumentEEnum, Instrument.VICTIM_ASSISTANCE);
		addEEnumLiteral(instrumentEEnum, Instrument.EXTRADITION_REQUEST);
		addEEnumLiteral(instrumentEEnum, Instrument.PROVISIONAL_ARREST_REQUEST);
		addEEnumLiteral(instrumentEEnum, Instrument.TRANSFER_OF_SENTENCED_PERSON);
		addEEnumLiteral(instrumentEEnum, Instrument.TRANSFER_OF_PROCEEDINGS);
		addEEnumLiteral(instrumentEEnum, Instrument.MLA_REQUEST);
		addEEnumLiteral(instrumentEEnum, Instrument.SPONTANEOUS_INFORMATION);
		addEEnumLiteral(instrumentEEnum, Instrument.NETWORK_ASSISTANCE);
		addEEnumLiteral(instrumentEEnum, Instrument.EMERGENCY_DISCLOSURE_REQUEST);
		addEEnumLiteral(instrumentEEnum, Instrument.PRESERVATION_REQUEST);
		addEEnumLiteral(instrumentEEnum, Instrument.PRESERVED_TRAFFIC_DATA_DISCLOSURE);
		addEEnumLiteral(instrumentEEnum, Instrument.MLA_STORED_DATA);
		addEEnumLiteral(instrumentEEnum, Instrument.MLA_REAL_TIME_COLLECTION);
		addEEnumLiteral(instrumentEEnum, Instrument.MLA_INTERCEPTION);
		addEEnumLiteral(instrumentEEnum, Instrument.POLICE_COOPERATION);
		addEEnumLiteral(instrumentEEnum, Instrument.JOINT_INVESTIGATION);
		addEEnumLiteral(instrumentEEnum, Instrument.FREEZING_REQUEST);
		addEEnumLiteral(instrumentEEnum, Instrument.CONFISCATION_REQUEST);
		addEEnumLiteral(instrumentEEnum, Instrument.RETURN_OF_PROCEEDS);
		addEEnumLiteral(instrumentEEnum, Instrument.EXECUTE);
		addEEnumLiteral(instrumentEEnum, Instrument.EXECUTE_WITH_CONDITIONS);
		addEEnumLiteral(instrumentEEnum, Instrument.POSTPONE);
		addEEnumLiteral(instrumentEEnum, Instrument.REFUSE);
		addEEnumLiteral(instrumentEEnum, Instrument.REQUEST_MORE_INFORMATION);
		addEEnumLiteral(instrumentEEnum, Instrument.WAIT);
		addEEnumLiteral(instrumentEEnum, Instrument.CONSULT);
		addEEnumLiteral(instrumentEEnum, Instrument.PROSECUTE_DOMESTICALLY);
		addEEnumLiteral(instrumentEEnum, Instrument.UNILATERAL_REMOTE_ACCESS);
		addEEnumLiteral(instrumentEEnum, Instrument.DIRECT_REQUEST_TO_FOREIGN_PROVIDER);

		initEEnum(channelEEnum, Channel.class, "Channel"); //$NON-NLS-1$
		addEEnumLiteral(channelEEnum, Channel.NONE);
		addEEnumLiteral(channelEEnum, Channel.TWENTY_FOUR_SEVEN);
		addEEnumLiteral(channelEEnum, Channel.CENTRAL_AUTHORITY);
		addEEnumLiteral(channelEEnum, Channel.DIPLOMATIC);
		addEEnumLiteral(channelEEnum, Channel.INTERPOL);
		addEEnumLiteral(channelEEnum, Channel.POLICE_TO_POLICE);
		addEEnumLiteral(channelEEnum, Channel.DIRECT_TO_PROVIDER);
		addEEnumLiteral(channelEEnum, Channel.DOMESTIC_COURT);

		initEEnum(legalBasisEEnum, LegalBasis.class, "LegalBasis"); //$NON-NLS-1$
		addEEnumLiteral(legalBasisEEnum, LegalBasis.NONE);
		addEEnumLiteral(legalBasisEEnum, LegalBasis.CONVENTION);
		addEEnumLiteral(legalBasisEEnum, LegalBasis.OTHER_TREATY);
		addEEnumLiteral(legalBasisEEnum, LegalBasis.RECIPROCITY);
		addEEnumLiteral(legalBasisEEnum, LegalBasis.DOMESTIC_LAW);

		initEEnum(urgencyEEnum, Urgency.class, "Urgency"); //$NON-NLS-1$
		addEEnumLiteral(urgencyEEnum, Urgency.ROUTINE);
		addEEnumLiteral(urgencyEEnum, Urgency.URGENT);
		addEEnumLiteral(urgencyEEnum, Urgency.EMERGENCY);

		initEEnum(verdictEEnum, Verdict.class, "Verdict"); //$NON-NLS-1$
		addEEnumLiteral(verdictEEnum, Verdict.COMPLIANT);
		addEEnumLiteral(verdictEEnum, Verdict.COMPLIANT_WEAKER);
		addEEnumLiteral(verdictEEnum, Verdict.NON_COMPLIANT);

		initEEnum(logicalOperatorEEnum, LogicalOperator.class, "LogicalOperator"); //$NON-NLS-1$
		addEEnumLiteral(logicalOperatorEEnum, LogicalOperator.ALL_OF);
		addEEnumLiteral(logicalOperatorEEnum, LogicalOperator.ANY_OF);
		addEEnumLiteral(logicalOperatorEEnum, LogicalOperator.NONE_OF);

		// Initialize data types
		initEDataType(identifierEDataType, String.class, "Identifier", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEDataType(keyEDataType, String.class, "Key", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEDataType(citationEDataType, String.class, "Citation", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEDataType(isoDateEDataType, String.class, "IsoDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEDataType(isoDateTimeEDataType, String.class, "IsoDateTime", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEDataType(languageTagEDataType, String.class, "LanguageTag", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEDataType(versionEDataType, String.class, "Version", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEDataType(minutesEDataType, int.class, "Minutes", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEDataType(daysEDataType, int.class, "Days", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEDataType(monthsEDataType, int.class, "Months", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEDataType(weightEDataType, int.class, "Weight", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://rogatory.org/l10n
		createL10nAnnotations();
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
		// http:///org/eclipse/emf/ecore/util/ExtendedMetaData
		createExtendedMetaDataAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://rogatory.org/l10n</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createL10nAnnotations() {
		String source = "http://rogatory.org/l10n"; //$NON-NLS-1$
		addAnnotation
		  (getActor_Name(),
		   source,
		   new String[] {
			   "kind", "label" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getActor_Description(),
		   source,
		   new String[] {
			   "kind", "text" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEvidence_Name(),
		   source,
		   new String[] {
			   "kind", "label" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEvidence_Description(),
		   source,
		   new String[] {
			   "kind", "text" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPack_Title(),
		   source,
		   new String[] {
			   "kind", "label" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPack_Description(),
		   source,
		   new String[] {
			   "kind", "text" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getState_Name(),
		   source,
		   new String[] {
			   "kind", "label" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDeclaration_Summary(),
		   source,
		   new String[] {
			   "kind", "text" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDomesticOffence_Name(),
		   source,
		   new String[] {
			   "kind", "label" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDomesticOffence_Provision(),
		   source,
		   new String[] {
			   "kind", "label" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getConduct_Name(),
		   source,
		   new String[] {
			   "kind", "label" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getConduct_Description(),
		   source,
		   new String[] {
			   "kind", "text" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRubric_Name(),
		   source,
		   new String[] {
			   "kind", "label" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getCriterion_Label(),
		   source,
		   new String[] {
			   "kind", "label" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getCriterion_Description(),
		   source,
		   new String[] {
			   "kind", "text" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getScenario_Title(),
		   source,
		   new String[] {
			   "kind", "label" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getScenario_Briefing(),
		   source,
		   new String[] {
			   "kind", "text" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getLearningObjective_Text(),
		   source,
		   new String[] {
			   "kind", "text" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getOffence_Name(),
		   source,
		   new String[] {
			   "kind", "label" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getOffence_Facts(),
		   source,
		   new String[] {
			   "kind", "text" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDecisionPoint_Title(),
		   source,
		   new String[] {
			   "kind", "label" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDecisionPoint_Narrative(),
		   source,
		   new String[] {
			   "kind", "text" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAction_Label(),
		   source,
		   new String[] {
			   "kind", "label" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAction_Description(),
		   source,
		   new String[] {
			   "kind", "text" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getFeedback_Explanation(),
		   source,
		   new String[] {
			   "kind", "text" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getReferenceStep_Rationale(),
		   source,
		   new String[] {
			   "kind", "text" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getTimedEvent_Title(),
		   source,
		   new String[] {
			   "kind", "label" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getTimedEvent_Narrative(),
		   source,
		   new String[] {
			   "kind", "text" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMessage_Subject(),
		   source,
		   new String[] {
			   "kind", "label" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMessage_Text(),
		   source,
		   new String[] {
			   "kind", "text" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEndScenario_Epilogue(),
		   source,
		   new String[] {
			   "kind", "text" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore"; //$NON-NLS-1$
		addAnnotation
		  (packEClass,
		   source,
		   new String[] {
			   "constraints", "uniqueIds scenarioIdsUnique sourceLanguageListed" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (stateEClass,
		   source,
		   new String[] {
			   "constraints", "designatedAuthoritiesOwned" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (scenarioEClass,
		   source,
		   new String[] {
			   "constraints", "uniqueIds startDecisionPointSet citationsWellFormed referencedStatesInCast decisionPointsReachable referencePathConsistent timeBudgetPositive" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (serviceProviderEClass,
		   source,
		   new String[] {
			   "constraints", "oneRetentionPolicyPerCategory" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (timedEventEClass,
		   source,
		   new String[] {
			   "constraints", "triggerDefined" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

	/**
	 * Initializes the annotations for <b>http:///org/eclipse/emf/ecore/util/ExtendedMetaData</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExtendedMetaDataAnnotations() {
		String source = "http:///org/eclipse/emf/ecore/util/ExtendedMetaData"; //$NON-NLS-1$
		addAnnotation
		  (identifierEDataType,
		   source,
		   new String[] {
			   "name", "Identifier", //$NON-NLS-1$ //$NON-NLS-2$
			   "pattern", "[A-Za-z][A-Za-z0-9_\\-]*" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (keyEDataType,
		   source,
		   new String[] {
			   "name", "Key", //$NON-NLS-1$ //$NON-NLS-2$
			   "pattern", "[a-z0-9]+(\\-[a-z0-9]+)*" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (citationEDataType,
		   source,
		   new String[] {
			   "name", "Citation", //$NON-NLS-1$ //$NON-NLS-2$
			   "pattern", "Art\\.\\s[1-9][0-9]?(\\([0-9a-z]+\\)){0,3}" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (isoDateEDataType,
		   source,
		   new String[] {
			   "name", "IsoDate", //$NON-NLS-1$ //$NON-NLS-2$
			   "pattern", "[0-9]{4}\\-[0-9]{2}\\-[0-9]{2}" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (isoDateTimeEDataType,
		   source,
		   new String[] {
			   "name", "IsoDateTime", //$NON-NLS-1$ //$NON-NLS-2$
			   "pattern", "[0-9]{4}\\-[0-9]{2}\\-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (languageTagEDataType,
		   source,
		   new String[] {
			   "name", "LanguageTag", //$NON-NLS-1$ //$NON-NLS-2$
			   "pattern", "[a-z]{2,3}(\\-[A-Za-z0-9]{2,8})*" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (versionEDataType,
		   source,
		   new String[] {
			   "name", "Version", //$NON-NLS-1$ //$NON-NLS-2$
			   "pattern", "[0-9]+(\\.[0-9]+(\\.[0-9]+(\\.[A-Za-z0-9_\\-]+)?)?)?" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (minutesEDataType,
		   source,
		   new String[] {
			   "name", "Minutes", //$NON-NLS-1$ //$NON-NLS-2$
			   "minInclusive", "0" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (daysEDataType,
		   source,
		   new String[] {
			   "name", "Days", //$NON-NLS-1$ //$NON-NLS-2$
			   "minInclusive", "0" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (monthsEDataType,
		   source,
		   new String[] {
			   "name", "Months", //$NON-NLS-1$ //$NON-NLS-2$
			   "minInclusive", "0" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (weightEDataType,
		   source,
		   new String[] {
			   "name", "Weight", //$NON-NLS-1$ //$NON-NLS-2$
			   "minInclusive", "0" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

} //ScenarioPackageImpl
