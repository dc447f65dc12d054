/**
 */
package org.rogatory.model.scenario.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.rogatory.model.scenario.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.rogatory.model.scenario.ScenarioPackage
 * @generated
 */
public class ScenarioAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ScenarioPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScenarioAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ScenarioPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioSwitch<Adapter> modelSwitch =
		new ScenarioSwitch<Adapter>() {
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseDiscoverable(Discoverable object) {
				return createDiscoverableAdapter();
			}
			@Override
			public Adapter caseActor(Actor object) {
				return createActorAdapter();
			}
			@Override
			public Adapter caseEvidence(Evidence object) {
				return createEvidenceAdapter();
			}
			@Override
			public Adapter casePack(Pack object) {
				return createPackAdapter();
			}
			@Override
			public Adapter caseState(State object) {
				return createStateAdapter();
			}
			@Override
			public Adapter caseDeclaration(Declaration object) {
				return createDeclarationAdapter();
			}
			@Override
			public Adapter caseDomesticOffence(DomesticOffence object) {
				return createDomesticOffenceAdapter();
			}
			@Override
			public Adapter caseConduct(Conduct object) {
				return createConductAdapter();
			}
			@Override
			public Adapter caseAuthority(Authority object) {
				return createAuthorityAdapter();
			}
			@Override
			public Adapter caseCourt(Court object) {
				return createCourtAdapter();
			}
			@Override
			public Adapter caseRubric(Rubric object) {
				return createRubricAdapter();
			}
			@Override
			public Adapter caseCriterion(Criterion object) {
				return createCriterionAdapter();
			}
			@Override
			public Adapter caseScenario(Scenario object) {
				return createScenarioAdapter();
			}
			@Override
			public Adapter caseLearningObjective(LearningObjective object) {
				return createLearningObjectiveAdapter();
			}
			@Override
			public Adapter caseServiceProvider(ServiceProvider object) {
				return createServiceProviderAdapter();
			}
			@Override
			public Adapter caseRetentionPolicy(RetentionPolicy object) {
				return createRetentionPolicyAdapter();
			}
			@Override
			public Adapter casePerson(Person object) {
				return createPersonAdapter();
			}
			@Override
			public Adapter caseDataItem(DataItem object) {
				return createDataItemAdapter();
			}
			@Override
			public Adapter caseAsset(Asset object) {
				return createAssetAdapter();
			}
			@Override
			public Adapter caseOffence(Offence object) {
				return createOffenceAdapter();
			}
			@Override
			public Adapter caseFlag(Flag object) {
				return createFlagAdapter();
			}
			@Override
			public Adapter caseDecisionPoint(DecisionPoint object) {
				return createDecisionPointAdapter();
			}
			@Override
			public Adapter caseAction(Action object) {
				return createActionAdapter();
			}
			@Override
			public Adapter caseFeedback(Feedback object) {
				return createFeedbackAdapter();
			}
			@Override
			public Adapter caseReferenceStep(ReferenceStep object) {
				return createReferenceStepAdapter();
			}
			@Override
			public Adapter caseTimedEvent(TimedEvent object) {
				return createTimedEventAdapter();
			}
			@Override
			public Adapter caseConsequence(Consequence object) {
				return createConsequenceAdapter();
			}
			@Override
			public Adapter caseEvidenceStatusChange(EvidenceStatusChange object) {
				return createEvidenceStatusChangeAdapter();
			}
			@Override
			public Adapter caseAssetStatusChange(AssetStatusChange object) {
				return createAssetStatusChangeAdapter();
			}
			@Override
			public Adapter caseReveal(Reveal object) {
				return createRevealAdapter();
			}
			@Override
			public Adapter caseMessage(Message object) {
				return createMessageAdapter();
			}
			@Override
			public Adapter caseSetFlag(SetFlag object) {
				return createSetFlagAdapter();
			}
			@Override
			public Adapter caseOpenDecisionPoint(OpenDecisionPoint object) {
				return createOpenDecisionPointAdapter();
			}
			@Override
			public Adapter caseCloseDecisionPoint(CloseDecisionPoint object) {
				return createCloseDecisionPointAdapter();
			}
			@Override
			public Adapter caseScoreEffect(ScoreEffect object) {
				return createScoreEffectAdapter();
			}
			@Override
			public Adapter caseEndScenario(EndScenario object) {
				return createEndScenarioAdapter();
			}
			@Override
			public Adapter caseCondition(Condition object) {
				return createConditionAdapter();
			}
			@Override
			public Adapter caseConditionGroup(ConditionGroup object) {
				return createConditionGroupAdapter();
			}
			@Override
			public Adapter caseEvidenceStatusCondition(EvidenceStatusCondition object) {
				return createEvidenceStatusConditionAdapter();
			}
			@Override
			public Adapter caseAssetStatusCondition(AssetStatusCondition object) {
				return createAssetStatusConditionAdapter();
			}
			@Override
			public Adapter caseActionTakenCondition(ActionTakenCondition object) {
				return createActionTakenConditionAdapter();
			}
			@Override
			public Adapter caseTimeCondition(TimeCondition object) {
				return createTimeConditionAdapter();
			}
			@Override
			public Adapter caseFlagCondition(FlagCondition object) {
				return createFlagConditionAdapter();
			}
			@Override
			public Adapter caseRequestIncludesCondition(RequestIncludesCondition object) {
				return createRequestIncludesConditionAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Discoverable <em>Discoverable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Discoverable
	 * @generated
	 */
	public Adapter createDiscoverableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Actor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Actor
	 * @generated
	 */
	public Adapter createActorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Evidence
	 * @generated
	 */
	public Adapter createEvidenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Pack <em>Pack</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Pack
	 * @generated
	 */
	public Adapter createPackAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.State <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.State
	 * @generated
	 */
	public Adapter createStateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Declaration <em>Declaration</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Declaration
	 * @generated
	 */
	public Adapter createDeclarationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.DomesticOffence <em>Domestic Offence</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.DomesticOffence
	 * @generated
	 */
	public Adapter createDomesticOffenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Conduct <em>Conduct</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Conduct
	 * @generated
	 */
	public Adapter createConductAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Authority <em>Authority</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Authority
	 * @generated
	 */
	public Adapter createAuthorityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Court <em>Court</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Court
	 * @generated
	 */
	public Adapter createCourtAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Rubric <em>Rubric</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Rubric
	 * @generated
	 */
	public Adapter createRubricAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Criterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Criterion
	 * @generated
	 */
	public Adapter createCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Scenario
	 * @generated
	 */
	public Adapter createScenarioAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.LearningObjective <em>Learning Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.LearningObjective
	 * @generated
	 */
	public Adapter createLearningObjectiveAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.ServiceProvider <em>Service Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.ServiceProvider
	 * @generated
	 */
	public Adapter createServiceProviderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.RetentionPolicy <em>Retention Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.RetentionPolicy
	 * @generated
	 */
	public Adapter createRetentionPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Person
	 * @generated
	 */
	public Adapter createPersonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.DataItem <em>Data Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.DataItem
	 * @generated
	 */
	public Adapter createDataItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Asset <em>Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Asset
	 * @generated
	 */
	public Adapter createAssetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Offence <em>Offence</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Offence
	 * @generated
	 */
	public Adapter createOffenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Flag <em>Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Flag
	 * @generated
	 */
	public Adapter createFlagAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.DecisionPoint <em>Decision Point</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.DecisionPoint
	 * @generated
	 */
	public Adapter createDecisionPointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Action
	 * @generated
	 */
	public Adapter createActionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Feedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Feedback
	 * @generated
	 */
	public Adapter createFeedbackAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.ReferenceStep <em>Reference Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.ReferenceStep
	 * @generated
	 */
	public Adapter createReferenceStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.TimedEvent <em>Timed Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.TimedEvent
	 * @generated
	 */
	public Adapter createTimedEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Consequence <em>Consequence</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Consequence
	 * @generated
	 */
	public Adapter createConsequenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.EvidenceStatusChange <em>Evidence Status Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.EvidenceStatusChange
	 * @generated
	 */
	public Adapter createEvidenceStatusChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.AssetStatusChange <em>Asset Status Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.AssetStatusChange
	 * @generated
	 */
	public Adapter createAssetStatusChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Reveal <em>Reveal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Reveal
	 * @generated
	 */
	public Adapter createRevealAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Message <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Message
	 * @generated
	 */
	public Adapter createMessageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.SetFlag <em>Set Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.SetFlag
	 * @generated
	 */
	public Adapter createSetFlagAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.OpenDecisionPoint <em>Open Decision Point</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.OpenDecisionPoint
	 * @generated
	 */
	public Adapter createOpenDecisionPointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.CloseDecisionPoint <em>Close Decision Point</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.CloseDecisionPoint
	 * @generated
	 */
	public Adapter createCloseDecisionPointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.ScoreEffect <em>Score Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.ScoreEffect
	 * @generated
	 */
	public Adapter createScoreEffectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.EndScenario <em>End Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.EndScenario
	 * @generated
	 */
	public Adapter createEndScenarioAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.Condition
	 * @generated
	 */
	public Adapter createConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.ConditionGroup <em>Condition Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.ConditionGroup
	 * @generated
	 */
	public Adapter createConditionGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.EvidenceStatusCondition <em>Evidence Status Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.EvidenceStatusCondition
	 * @generated
	 */
	public Adapter createEvidenceStatusConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.AssetStatusCondition <em>Asset Status Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.AssetStatusCondition
	 * @generated
	 */
	public Adapter createAssetStatusConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.ActionTakenCondition <em>Action Taken Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.ActionTakenCondition
	 * @generated
	 */
	public Adapter createActionTakenConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.TimeCondition <em>Time Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.TimeCondition
	 * @generated
	 */
	public Adapter createTimeConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.FlagCondition <em>Flag Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.FlagCondition
	 * @generated
	 */
	public Adapter createFlagConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.model.scenario.RequestIncludesCondition <em>Request Includes Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.model.scenario.RequestIncludesCondition
	 * @generated
	 */
	public Adapter createRequestIncludesConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ScenarioAdapterFactory
