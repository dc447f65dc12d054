/**
 */
package org.rogatory.model.scenario.util;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.eclipse.emf.ecore.xml.type.util.XMLTypeUtil;

import org.rogatory.model.scenario.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.rogatory.model.scenario.ScenarioPackage
 * @generated
 */
public class ScenarioValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final ScenarioValidator INSTANCE = new ScenarioValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.rogatory.model.scenario"; //$NON-NLS-1$

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScenarioValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return ScenarioPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case ScenarioPackage.IDENTIFIED:
				return validateIdentified((Identified)value, diagnostics, context);
			case ScenarioPackage.DISCOVERABLE:
				return validateDiscoverable((Discoverable)value, diagnostics, context);
			case ScenarioPackage.ACTOR:
				return validateActor((Actor)value, diagnostics, context);
			case ScenarioPackage.EVIDENCE:
				return validateEvidence((Evidence)value, diagnostics, context);
			case ScenarioPackage.PACK:
				return validatePack((Pack)value, diagnostics, context);
			case ScenarioPackage.STATE:
				return validateState((State)value, diagnostics, context);
			case ScenarioPackage.DECLARATION:
				return validateDeclaration((Declaration)value, diagnostics, context);
			case ScenarioPackage.DOMESTIC_OFFENCE:
				return validateDomesticOffence((DomesticOffence)value, diagnostics, context);
			case ScenarioPackage.CONDUCT:
				return validateConduct((Conduct)value, diagnostics, context);
			case ScenarioPackage.AUTHORITY:
				return validateAuthority((Authority)value, diagnostics, context);
			case ScenarioPackage.COURT:
				return validateCourt((Court)value, diagnostics, context);
			case ScenarioPackage.RUBRIC:
				return validateRubric((Rubric)value, diagnostics, context);
			case ScenarioPackage.CRITERION:
				return validateCriterion((Criterion)value, diagnostics, context);
			case ScenarioPackage.SCENARIO:
				return validateScenario((Scenario)value, diagnostics, context);
			case ScenarioPackage.LEARNING_OBJECTIVE:
				return validateLearningObjective((LearningObjective)value, diagnostics, context);
			case ScenarioPackage.SERVICE_PROVIDER:
				return validateServiceProvider((ServiceProvider)value, diagnostics, context);
			case ScenarioPackage.RETENTION_POLICY:
				return validateRetentionPolicy((RetentionPolicy)value, diagnostics, context);
			case ScenarioPackage.PERSON:
				return validatePerson((Person)value, diagnostics, context);
			case ScenarioPackage.DATA_ITEM:
				return validateDataItem((DataItem)value, diagnostics, context);
			case ScenarioPackage.ASSET:
				return validateAsset((Asset)value, diagnostics, context);
			case ScenarioPackage.OFFENCE:
				return validateOffence((Offence)value, diagnostics, context);
			case ScenarioPackage.FLAG:
				return validateFlag((Flag)value, diagnostics, context);
			case ScenarioPackage.DECISION_POINT:
				return validateDecisionPoint((DecisionPoint)value, diagnostics, context);
			case ScenarioPackage.ACTION:
				return validateAction((Action)value, diagnostics, context);
			case ScenarioPackage.FEEDBACK:
				return validateFeedback((Feedback)value, diagnostics, context);
			case ScenarioPackage.REFERENCE_STEP:
				return validateReferenceStep((ReferenceStep)value, diagnostics, context);
			case ScenarioPackage.TIMED_EVENT:
				return validateTimedEvent((TimedEvent)value, diagnostics, context);
			case ScenarioPackage.CONSEQUENCE:
				return validateConsequence((Consequence)value, diagnostics, context);
			case ScenarioPackage.EVIDENCE_STATUS_CHANGE:
				return validateEvidenceStatusChange((EvidenceStatusChange)value, diagnostics, context);
			case ScenarioPackage.ASSET_STATUS_CHANGE:
				return validateAssetStatusChange((AssetStatusChange)value, diagnostics, context);
			case ScenarioPackage.REVEAL:
				return validateReveal((Reveal)value, diagnostics, context);
			case ScenarioPackage.MESSAGE:
				return validateMessage((Message)value, diagnostics, context);
			case ScenarioPackage.SET_FLAG:
				return validateSetFlag((SetFlag)value, diagnostics, context);
			case ScenarioPackage.OPEN_DECISION_POINT:
				return validateOpenDecisionPoint((OpenDecisionPoint)value, diagnostics, context);
			case ScenarioPackage.CLOSE_DECISION_POINT:
				return validateCloseDecisionPoint((CloseDecisionPoint)value, diagnostics, context);
			case ScenarioPackage.SCORE_EFFECT:
				return validateScoreEffect((ScoreEffect)value, diagnostics, context);
			case ScenarioPackage.END_SCENARIO:
				return validateEndScenario((EndScenario)value, diagnostics, context);
			case ScenarioPackage.CONDITION:
				return validateCondition((Condition)value, diagnostics, context);
			case ScenarioPackage.CONDITION_GROUP:
				return validateConditionGroup((ConditionGroup)value, diagnostics, context);
			case ScenarioPackage.EVIDENCE_STATUS_CONDITION:
				return validateEvidenceStatusCondition((EvidenceStatusCondition)value, diagnostics, context);
			case ScenarioPackage.ASSET_STATUS_CONDITION:
				return validateAssetStatusCondition((AssetStatusCondition)value, diagnostics, context);
			case ScenarioPackage.ACTION_TAKEN_CONDITION:
				return validateActionTakenCondition((ActionTakenCondition)value, diagnostics, context);
			case ScenarioPackage.TIME_CONDITION:
				return validateTimeCondition((TimeCondition)value, diagnostics, context);
			case ScenarioPackage.FLAG_CONDITION:
				return validateFlagCondition((FlagCondition)value, diagnostics, context);
			case ScenarioPackage.REQUEST_INCLUDES_CONDITION:
				return validateRequestIncludesCondition((RequestIncludesCondition)value, diagnostics, context);
			case ScenarioPackage.CONVENTION_STATUS:
				return validateConventionStatus((ConventionStatus)value, diagnostics, context);
			case ScenarioPackage.DECLARATION_KIND:
				return validateDeclarationKind((DeclarationKind)value, diagnostics, context);
			case ScenarioPackage.PENALTY_KIND:
				return validatePenaltyKind((PenaltyKind)value, diagnostics, context);
			case ScenarioPackage.AUTHORITY_KIND:
				return validateAuthorityKind((AuthorityKind)value, diagnostics, context);
			case ScenarioPackage.PROVIDER_KIND:
				return validateProviderKind((ProviderKind)value, diagnostics, context);
			case ScenarioPackage.PERSON_ROLE:
				return validatePersonRole((PersonRole)value, diagnostics, context);
			case ScenarioPackage.DATA_CATEGORY:
				return validateDataCategory((DataCategory)value, diagnostics, context);
			case ScenarioPackage.EVIDENCE_STATUS:
				return validateEvidenceStatus((EvidenceStatus)value, diagnostics, context);
			case ScenarioPackage.ASSET_KIND:
				return validateAssetKind((AssetKind)value, diagnostics, context);
			case ScenarioPackage.ASSET_STATUS:
				return validateAssetStatus((AssetStatus)value, diagnostics, context);
			case ScenarioPackage.DIFFICULTY:
				return validateDifficulty((Difficulty)value, diagnostics, context);
			case ScenarioPackage.TRAINEE_ROLE:
				return validateTraineeRole((TraineeRole)value, diagnostics, context);
			case ScenarioPackage.INSTRUMENT:
				return validateInstrument((Instrument)value, diagnostics, context);
			case ScenarioPackage.CHANNEL:
				return validateChannel((Channel)value, diagnostics, context);
			case ScenarioPackage.LEGAL_BASIS:
				return validateLegalBasis((LegalBasis)value, diagnostics, context);
			case ScenarioPackage.URGENCY:
				return validateUrgency((Urgency)value, diagnostics, context);
			case ScenarioPackage.VERDICT:
				return validateVerdict((Verdict)value, diagnostics, context);
			case ScenarioPackage.LOGICAL_OPERATOR:
				return validateLogicalOperator((LogicalOperator)value, diagnostics, context);
			case ScenarioPackage.IDENTIFIER:
				return validateIdentifier((String)value, diagnostics, context);
			case ScenarioPackage.KEY:
				return validateKey((String)value, diagnostics, context);
			case ScenarioPackage.CITATION:
				return validateCitation((String)value, diagnostics, context);
			case ScenarioPackage.ISO_DATE:
				return validateIsoDate((String)value, diagnostics, context);
			case ScenarioPackage.ISO_DATE_TIME:
				return validateIsoDateTime((String)value, diagnostics, context);
			case ScenarioPackage.LANGUAGE_TAG:
				return validateLanguageTag((String)value, diagnostics, context);
			case ScenarioPackage.VERSION:
				return validateVersion((String)value, diagnostics, context);
			case ScenarioPackage.MINUTES:
				return validateMinutes((Integer)value, diagnostics, context);
			case ScenarioPackage.DAYS:
				return validateDays((Integer)value, diagnostics, context);
			case ScenarioPackage.MONTHS:
				return validateMonths((Integer)value, diagnostics, context);
			case ScenarioPackage.WEIGHT:
				return validateWeight((Integer)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentified(Identified identified, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(identified, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiscoverable(Discoverable discoverable, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(discoverable, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateActor(Actor actor, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(actor, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvidence(Evidence evidence, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(evidence, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePack(Pack pack, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(pack, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(pack, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(pack, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(pack, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(pack, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(pack, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(pack, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(pack, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(pack, diagnostics, context);
		if (result || diagnostics != null) result &= validatePack_uniqueIds(pack, diagnostics, context);
		if (result || diagnostics != null) result &= validatePack_scenarioIdsUnique(pack, diagnostics, context);
		if (result || diagnostics != null) result &= validatePack_sourceLanguageListed(pack, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueIds constraint of '<em>Pack</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePack_uniqueIds(Pack pack, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "uniqueIds", getObjectLabel(pack, context) }, //$NON-NLS-1$
						 new Object[] { pack },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the scenarioIdsUnique constraint of '<em>Pack</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePack_scenarioIdsUnique(Pack pack, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "scenarioIdsUnique", getObjectLabel(pack, context) }, //$NON-NLS-1$
						 new Object[] { pack },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the sourceLanguageListed constraint of '<em>Pack</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePack_sourceLanguageListed(Pack pack, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "sourceLanguageListed", getObjectLabel(pack, context) }, //$NON-NLS-1$
						 new Object[] { pack },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateState(State state, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(state, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(state, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(state, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(state, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(state, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(state, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(state, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(state, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(state, diagnostics, context);
		if (result || diagnostics != null) result &= validateState_designatedAuthoritiesOwned(state, diagnostics, context);
		return result;
	}

	/**
	 * Validates the designatedAuthoritiesOwned constraint of '<em>State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateState_designatedAuthoritiesOwned(State state, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "designatedAuthoritiesOwned", getObjectLabel(state, context) }, //$NON-NLS-1$
						 new Object[] { state },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDeclaration(Declaration declaration, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(declaration, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDomesticOffence(DomesticOffence domesticOffence, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(domesticOffence, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConduct(Conduct conduct, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(conduct, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAuthority(Authority authority, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(authority, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCourt(Court court, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(court, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRubric(Rubric rubric, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(rubric, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCriterion(Criterion criterion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(criterion, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScenario(Scenario scenario, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(scenario, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validateScenario_uniqueIds(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validateScenario_startDecisionPointSet(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validateScenario_citationsWellFormed(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validateScenario_referencedStatesInCast(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validateScenario_decisionPointsReachable(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validateScenario_referencePathConsistent(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validateScenario_timeBudgetPositive(scenario, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueIds constraint of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScenario_uniqueIds(Scenario scenario, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "uniqueIds", getObjectLabel(scenario, context) }, //$NON-NLS-1$
						 new Object[] { scenario },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the startDecisionPointSet constraint of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScenario_startDecisionPointSet(Scenario scenario, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "startDecisionPointSet", getObjectLabel(scenario, context) }, //$NON-NLS-1$
						 new Object[] { scenario },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the citationsWellFormed constraint of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScenario_citationsWellFormed(Scenario scenario, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "citationsWellFormed", getObjectLabel(scenario, context) }, //$NON-NLS-1$
						 new Object[] { scenario },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the referencedStatesInCast constraint of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScenario_referencedStatesInCast(Scenario scenario, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "referencedStatesInCast", getObjectLabel(scenario, context) }, //$NON-NLS-1$
						 new Object[] { scenario },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the decisionPointsReachable constraint of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScenario_decisionPointsReachable(Scenario scenario, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "decisionPointsReachable", getObjectLabel(scenario, context) }, //$NON-NLS-1$
						 new Object[] { scenario },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the referencePathConsistent constraint of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScenario_referencePathConsistent(Scenario scenario, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "referencePathConsistent", getObjectLabel(scenario, context) }, //$NON-NLS-1$
						 new Object[] { scenario },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the timeBudgetPositive constraint of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScenario_timeBudgetPositive(Scenario scenario, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "timeBudgetPositive", getObjectLabel(scenario, context) }, //$NON-NLS-1$
						 new Object[] { scenario },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLearningObjective(LearningObjective learningObjective, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(learningObjective, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServiceProvider(ServiceProvider serviceProvider, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(serviceProvider, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(serviceProvider, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(serviceProvider, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(serviceProvider, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(serviceProvider, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(serviceProvider, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(serviceProvider, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(serviceProvider, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(serviceProvider, diagnostics, context);
		if (result || diagnostics != null) result &= validateServiceProvider_oneRetentionPolicyPerCategory(serviceProvider, diagnostics, context);
		return result;
	}

	/**
	 * Validates the oneRetentionPolicyPerCategory constraint of '<em>Service Provider</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServiceProvider_oneRetentionPolicyPerCategory(ServiceProvider serviceProvider, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "oneRetentionPolicyPerCategory", getObjectLabel(serviceProvider, context) }, //$NON-NLS-1$
						 new Object[] { serviceProvider },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRetentionPolicy(RetentionPolicy retentionPolicy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(retentionPolicy, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePerson(Person person, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(person, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataItem(DataItem dataItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dataItem, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAsset(Asset asset, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(asset, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOffence(Offence offence, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(offence, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFlag(Flag flag, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(flag, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDecisionPoint(DecisionPoint decisionPoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(decisionPoint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAction(Action action, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(action, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFeedback(Feedback feedback, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(feedback, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReferenceStep(ReferenceStep referenceStep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(referenceStep, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTimedEvent(TimedEvent timedEvent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(timedEvent, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(timedEvent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(timedEvent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(timedEvent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(timedEvent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(timedEvent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(timedEvent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(timedEvent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(timedEvent, diagnostics, context);
		if (result || diagnostics != null) result &= validateTimedEvent_triggerDefined(timedEvent, diagnostics, context);
		return result;
	}

	/**
	 * Validates the triggerDefined constraint of '<em>Timed Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTimedEvent_triggerDefined(TimedEvent timedEvent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "triggerDefined", getObjectLabel(timedEvent, context) }, //$NON-NLS-1$
						 new Object[] { timedEvent },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConsequence(Consequence consequence, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(consequence, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvidenceStatusChange(EvidenceStatusChange evidenceStatusChange, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(evidenceStatusChange, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssetStatusChange(AssetStatusChange assetStatusChange, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(assetStatusChange, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReveal(Reveal reveal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(reveal, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMessage(Message message, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(message, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSetFlag(SetFlag setFlag, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(setFlag, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOpenDecisionPoint(OpenDecisionPoint openDecisionPoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(openDecisionPoint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCloseDecisionPoint(CloseDecisionPoint closeDecisionPoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(closeDecisionPoint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScoreEffect(ScoreEffect scoreEffect, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(scoreEffect, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEndScenario(EndScenario endScenario, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(endScenario, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCondition(Condition condition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(condition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConditionGroup(ConditionGroup conditionGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(conditionGroup, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvidenceStatusCondition(EvidenceStatusCondition evidenceStatusCondition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(evidenceStatusCondition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssetStatusCondition(AssetStatusCondition assetStatusCondition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(assetStatusCondition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateActionTakenCondition(ActionTakenCondition actionTakenCondition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(actionTakenCondition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTimeCondition(TimeCondition timeCondition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(timeCondition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFlagCondition(FlagCondition flagCondition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(flagCondition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRequestIncludesCondition(RequestIncludesCondition requestIncludesCondition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(requestIncludesCondition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConventionStatus(ConventionStatus conventionStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDeclarationKind(DeclarationKind declarationKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePenaltyKind(PenaltyKind penaltyKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAuthorityKind(AuthorityKind authorityKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProviderKind(ProviderKind providerKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePersonRole(PersonRole personRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataCategory(DataCategory dataCategory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvidenceStatus(EvidenceStatus evidenceStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssetKind(AssetKind assetKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssetStatus(AssetStatus assetStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDifficulty(Difficulty difficulty, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTraineeRole(TraineeRole traineeRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInstrument(Instrument instrument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChannel(Channel channel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLegalBasis(LegalBasis legalBasis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUrgency(Urgency urgency, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVerdict(Verdict verdict, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLogicalOperator(LogicalOperator logicalOperator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentifier(String identifier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateIdentifier_Pattern(identifier, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateIdentifier_Pattern
	 */
	public static final  PatternMatcher [][] IDENTIFIER__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[A-Za-z][A-Za-z0-9_\\-]*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Identifier</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentifier_Pattern(String identifier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(ScenarioPackage.Literals.IDENTIFIER, identifier, IDENTIFIER__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKey(String key, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateKey_Pattern(key, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateKey_Pattern
	 */
	public static final  PatternMatcher [][] KEY__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[a-z0-9]+(\\-[a-z0-9]+)*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Key</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKey_Pattern(String key, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(ScenarioPackage.Literals.KEY, key, KEY__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCitation(String citation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateCitation_Pattern(citation, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCitation_Pattern
	 */
	public static final  PatternMatcher [][] CITATION__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("Art\\.\\s[1-9][0-9]?(\\([0-9a-z]+\\)){0,3}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Citation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCitation_Pattern(String citation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(ScenarioPackage.Literals.CITATION, citation, CITATION__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIsoDate(String isoDate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateIsoDate_Pattern(isoDate, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateIsoDate_Pattern
	 */
	public static final  PatternMatcher [][] ISO_DATE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9]{4}\\-[0-9]{2}\\-[0-9]{2}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Iso Date</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIsoDate_Pattern(String isoDate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(ScenarioPackage.Literals.ISO_DATE, isoDate, ISO_DATE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIsoDateTime(String isoDateTime, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateIsoDateTime_Pattern(isoDateTime, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateIsoDateTime_Pattern
	 */
	public static final  PatternMatcher [][] ISO_DATE_TIME__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9]{4}\\-[0-9]{2}\\-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Iso Date Time</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIsoDateTime_Pattern(String isoDateTime, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(ScenarioPackage.Literals.ISO_DATE_TIME, isoDateTime, ISO_DATE_TIME__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLanguageTag(String languageTag, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateLanguageTag_Pattern(languageTag, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateLanguageTag_Pattern
	 */
	public static final  PatternMatcher [][] LANGUAGE_TAG__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[a-z]{2,3}(\\-[A-Za-z0-9]{2,8})*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Language Tag</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLanguageTag_Pattern(String languageTag, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(ScenarioPackage.Literals.LANGUAGE_TAG, languageTag, LANGUAGE_TAG__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVersion(String version, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateVersion_Pattern(version, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateVersion_Pattern
	 */
	public static final  PatternMatcher [][] VERSION__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9]+(\\.[0-9]+(\\.[0-9]+(\\.[A-Za-z0-9_\\-]+)?)?)?")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Version</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVersion_Pattern(String version, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(ScenarioPackage.Literals.VERSION, version, VERSION__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMinutes(int minutes, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateMinutes_Min(minutes, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateMinutes_Min
	 */
	public static final int MINUTES__MIN__VALUE = 0;

	/**
	 * Validates the Min constraint of '<em>Minutes</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMinutes_Min(int minutes, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = minutes >= MINUTES__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(ScenarioPackage.Literals.MINUTES, minutes, MINUTES__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDays(int days, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateDays_Min(days, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateDays_Min
	 */
	public static final int DAYS__MIN__VALUE = 0;

	/**
	 * Validates the Min constraint of '<em>Days</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDays_Min(int days, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = days >= DAYS__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(ScenarioPackage.Literals.DAYS, days, DAYS__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMonths(int months, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateMonths_Min(months, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateMonths_Min
	 */
	public static final int MONTHS__MIN__VALUE = 0;

	/**
	 * Validates the Min constraint of '<em>Months</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMonths_Min(int months, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = months >= MONTHS__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(ScenarioPackage.Literals.MONTHS, months, MONTHS__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWeight(int weight, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateWeight_Min(weight, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateWeight_Min
	 */
	public static final int WEIGHT__MIN__VALUE = 0;

	/**
	 * Validates the Min constraint of '<em>Weight</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWeight_Min(int weight, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = weight >= WEIGHT__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(ScenarioPackage.Literals.WEIGHT, weight, WEIGHT__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //ScenarioValidator
