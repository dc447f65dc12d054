/**
 */
package org.rogatory.model.scenario.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.rogatory.model.scenario.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.rogatory.model.scenario.ScenarioPackage
 * @generated
 */
public class ScenarioSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ScenarioPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScenarioSwitch() {
		if (modelPackage == null) {
			modelPackage = ScenarioPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case ScenarioPackage.IDENTIFIED: {
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.DISCOVERABLE: {
				Discoverable discoverable = (Discoverable)theEObject;
				T result = caseDiscoverable(discoverable);
				if (result == null) result = caseIdentified(discoverable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.ACTOR: {
				Actor actor = (Actor)theEObject;
				T result = caseActor(actor);
				if (result == null) result = caseDiscoverable(actor);
				if (result == null) result = caseIdentified(actor);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.EVIDENCE: {
				Evidence evidence = (Evidence)theEObject;
				T result = caseEvidence(evidence);
				if (result == null) result = caseDiscoverable(evidence);
				if (result == null) result = caseIdentified(evidence);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.PACK: {
				Pack pack = (Pack)theEObject;
				T result = casePack(pack);
				if (result == null) result = caseIdentified(pack);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.STATE: {
				State state = (State)theEObject;
				T result = caseState(state);
				if (result == null) result = caseIdentified(state);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.DECLARATION: {
				Declaration declaration = (Declaration)theEObject;
				T result = caseDeclaration(declaration);
				if (result == null) result = caseIdentified(declaration);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.DOMESTIC_OFFENCE: {
				DomesticOffence domesticOffence = (DomesticOffence)theEObject;
				T result = caseDomesticOffence(domesticOffence);
				if (result == null) result = caseIdentified(domesticOffence);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.CONDUCT: {
				Conduct conduct = (Conduct)theEObject;
				T result = caseConduct(conduct);
				if (result == null) result = caseIdentified(conduct);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.AUTHORITY: {
				Authority authority = (Authority)theEObject;
				T result = caseAuthority(authority);
				if (result == null) result = caseActor(authority);
				if (result == null) result = caseDiscoverable(authority);
				if (result == null) result = caseIdentified(authority);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.COURT: {
				Court court = (Court)theEObject;
				T result = caseCourt(court);
				if (result == null) result = caseActor(court);
				if (result == null) result = caseDiscoverable(court);
				if (result == null) result = caseIdentified(court);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.RUBRIC: {
				Rubric rubric = (Rubric)theEObject;
				T result = caseRubric(rubric);
				if (result == null) result = caseIdentified(rubric);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.CRITERION: {
				Criterion criterion = (Criterion)theEObject;
				T result = caseCriterion(criterion);
				if (result == null) result = caseIdentified(criterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.SCENARIO: {
				Scenario scenario = (Scenario)theEObject;
				T result = caseScenario(scenario);
				if (result == null) result = caseIdentified(scenario);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.LEARNING_OBJECTIVE: {
				LearningObjective learningObjective = (LearningObjective)theEObject;
				T result = caseLearningObjective(learningObjective);
				if (result == null) result = caseIdentified(learningObjective);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.SERVICE_PROVIDER: {
				ServiceProvider serviceProvider = (ServiceProvider)theEObject;
				T result = caseServiceProvider(serviceProvider);
				if (result == null) result = caseActor(serviceProvider);
				if (result == null) result = caseDiscoverable(serviceProvider);
				if (result == null) result = caseIdentified(serviceProvider);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.RETENTION_POLICY: {
				RetentionPolicy retentionPolicy = (RetentionPolicy)theEObject;
				T result = caseRetentionPolicy(retentionPolicy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.PERSON: {
				Person person = (Person)theEObject;
				T result = casePerson(person);
				if (result == null) result = caseActor(person);
				if (result == null) result = caseDiscoverable(person);
				if (result == null) result = caseIdentified(person);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.DATA_ITEM: {
				DataItem dataItem = (DataItem)theEObject;
				T result = caseDataItem(dataItem);
				if (result == null) result = caseEvidence(dataItem);
				if (result == null) result = caseDiscoverable(dataItem);
				if (result == null) result = caseIdentified(dataItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.ASSET: {
				Asset asset = (Asset)theEObject;
				T result = caseAsset(asset);
				if (result == null) result = caseEvidence(asset);
				if (result == null) result = caseDiscoverable(asset);
				if (result == null) result = caseIdentified(asset);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.OFFENCE: {
				Offence offence = (Offence)theEObject;
				T result = caseOffence(offence);
				if (result == null) result = caseIdentified(offence);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.FLAG: {
				Flag flag = (Flag)theEObject;
				T result = caseFlag(flag);
				if (result == null) result = caseIdentified(flag);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.DECISION_POINT: {
				DecisionPoint decisionPoint = (DecisionPoint)theEObject;
				T result = caseDecisionPoint(decisionPoint);
				if (result == null) result = caseIdentified(decisionPoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.ACTION: {
				Action action = (Action)theEObject;
				T result = caseAction(action);
				if (result == null) result = caseIdentified(action);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.FEEDBACK: {
				Feedback feedback = (Feedback)theEObject;
				T result = caseFeedback(feedback);
				if (result == null) result = caseIdentified(feedback);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.REFERENCE_STEP: {
				ReferenceStep referenceStep = (ReferenceStep)theEObject;
				T result = caseReferenceStep(referenceStep);
				if (result == null) result = caseIdentified(referenceStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.TIMED_EVENT: {
				TimedEvent timedEvent = (TimedEvent)theEObject;
				T result = caseTimedEvent(timedEvent);
				if (result == null) result = caseIdentified(timedEvent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.CONSEQUENCE: {
				Consequence consequence = (Consequence)theEObject;
				T result = caseConsequence(consequence);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.EVIDENCE_STATUS_CHANGE: {
				EvidenceStatusChange evidenceStatusChange = (EvidenceStatusChange)theEObject;
				T result = caseEvidenceStatusChange(evidenceStatusChange);
				if (result == null) result = caseConsequence(evidenceStatusChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.ASSET_STATUS_CHANGE: {
				AssetStatusChange assetStatusChange = (AssetStatusChange)theEObject;
				T result = caseAssetStatusChange(assetStatusChange);
				if (result == null) result = caseConsequence(assetStatusChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.REVEAL: {
				Reveal reveal = (Reveal)theEObject;
				T result = caseReveal(reveal);
				if (result == null) result = caseConsequence(reveal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.MESSAGE: {
				Message message = (Message)theEObject;
				T result = caseMessage(message);
				if (result == null) result = caseConsequence(message);
				if (result == null) result = caseIdentified(message);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.SET_FLAG: {
				SetFlag setFlag = (SetFlag)theEObject;
				T result = caseSetFlag(setFlag);
				if (result == null) result = caseConsequence(setFlag);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.OPEN_DECISION_POINT: {
				OpenDecisionPoint openDecisionPoint = (OpenDecisionPoint)theEObject;
				T result = caseOpenDecisionPoint(openDecisionPoint);
				if (result == null) result = caseConsequence(openDecisionPoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.CLOSE_DECISION_POINT: {
				CloseDecisionPoint closeDecisionPoint = (CloseDecisionPoint)theEObject;
				T result = caseCloseDecisionPoint(closeDecisionPoint);
				if (result == null) result = caseConsequence(closeDecisionPoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.SCORE_EFFECT: {
				ScoreEffect scoreEffect = (ScoreEffect)theEObject;
				T result = caseScoreEffect(scoreEffect);
				if (result == null) result = caseConsequence(scoreEffect);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.END_SCENARIO: {
				EndScenario endScenario = (EndScenario)theEObject;
				T result = caseEndScenario(endScenario);
				if (result == null) result = caseConsequence(endScenario);
				if (result == null) result = caseIdentified(endScenario);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.CONDITION: {
				Condition condition = (Condition)theEObject;
				T result = caseCondition(condition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.CONDITION_GROUP: {
				ConditionGroup conditionGroup = (ConditionGroup)theEObject;
				T result = caseConditionGroup(conditionGroup);
				if (result == null) result = caseCondition(conditionGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.EVIDENCE_STATUS_CONDITION: {
				EvidenceStatusCondition evidenceStatusCondition = (EvidenceStatusCondition)theEObject;
				T result = caseEvidenceStatusCondition(evidenceStatusCondition);
				if (result == null) result = caseCondition(evidenceStatusCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.ASSET_STATUS_CONDITION: {
				AssetStatusCondition assetStatusCondition = (AssetStatusCondition)theEObject;
				T result = caseAssetStatusCondition(assetStatusCondition);
				if (result == null) result = caseCondition(assetStatusCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.ACTION_TAKEN_CONDITION: {
				ActionTakenCondition actionTakenCondition = (ActionTakenCondition)theEObject;
				T result = caseActionTakenCondition(actionTakenCondition);
				if (result == null) result = caseCondition(actionTakenCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.TIME_CONDITION: {
				TimeCondition timeCondition = (TimeCondition)theEObject;
				T result = caseTimeCondition(timeCondition);
				if (result == null) result = caseCondition(timeCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.FLAG_CONDITION: {
				FlagCondition flagCondition = (FlagCondition)theEObject;
				T result = caseFlagCondition(flagCondition);
				if (result == null) result = caseCondition(flagCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ScenarioPackage.REQUEST_INCLUDES_CONDITION: {
				RequestIncludesCondition requestIncludesCondition = (RequestIncludesCondition)theEObject;
				T result = caseRequestIncludesCondition(requestIncludesCondition);
				if (result == null) result = caseCondition(requestIncludesCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Discoverable</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Discoverable</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiscoverable(Discoverable object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Actor</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Actor</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActor(Actor object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evidence</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evidence</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvidence(Evidence object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pack</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pack</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePack(Pack object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>State</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>State</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseState(State object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Declaration</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Declaration</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeclaration(Declaration object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Domestic Offence</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Domestic Offence</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDomesticOffence(DomesticOffence object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Conduct</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Conduct</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConduct(Conduct object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Authority</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Authority</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAuthority(Authority object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Court</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Court</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCourt(Court object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rubric</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rubric</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRubric(Rubric object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCriterion(Criterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScenario(Scenario object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Learning Objective</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Learning Objective</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLearningObjective(LearningObjective object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Service Provider</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Service Provider</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServiceProvider(ServiceProvider object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Retention Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Retention Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRetentionPolicy(RetentionPolicy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Person</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Person</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePerson(Person object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Data Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Data Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDataItem(DataItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Asset</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Asset</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAsset(Asset object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Offence</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Offence</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOffence(Offence object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Flag</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Flag</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFlag(Flag object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Decision Point</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Decision Point</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDecisionPoint(DecisionPoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Action</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Action</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAction(Action object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Feedback</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Feedback</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFeedback(Feedback object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reference Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reference Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReferenceStep(ReferenceStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Timed Event</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Timed Event</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTimedEvent(TimedEvent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Consequence</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Consequence</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConsequence(Consequence object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evidence Status Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evidence Status Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvidenceStatusChange(EvidenceStatusChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Asset Status Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Asset Status Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssetStatusChange(AssetStatusChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reveal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reveal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReveal(Reveal object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Message</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Message</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMessage(Message object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Set Flag</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Set Flag</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSetFlag(SetFlag object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Open Decision Point</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Open Decision Point</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOpenDecisionPoint(OpenDecisionPoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Close Decision Point</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Close Decision Point</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCloseDecisionPoint(CloseDecisionPoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Score Effect</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Score Effect</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScoreEffect(ScoreEffect object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>End Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>End Scenario</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEndScenario(EndScenario object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCondition(Condition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Condition Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Condition Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConditionGroup(ConditionGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evidence Status Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evidence Status Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvidenceStatusCondition(EvidenceStatusCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Asset Status Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Asset Status Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssetStatusCondition(AssetStatusCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Action Taken Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Action Taken Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActionTakenCondition(ActionTakenCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Time Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Time Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTimeCondition(TimeCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Flag Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Flag Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFlagCondition(FlagCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Request Includes Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Request Includes Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRequestIncludesCondition(RequestIncludesCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //ScenarioSwitch
