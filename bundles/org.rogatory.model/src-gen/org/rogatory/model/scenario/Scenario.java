/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One playable case: the root of a scenario file. It references States, conducts and a rubric in its pack and contains everything specific to the case. Ids are unique within the scenario, so l10n/<scenario id>_<lang>.properties can key every text by <id>.<feature>.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getBriefing <em>Briefing</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getDifficulty <em>Difficulty</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getExpectedDuration <em>Expected Duration</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getTraineeRole <em>Trainee Role</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getHomeState <em>Home State</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getTraineeAuthority <em>Trainee Authority</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getClockStart <em>Clock Start</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getTimeBudget <em>Time Budget</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getCast <em>Cast</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getRubric <em>Rubric</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getProviders <em>Providers</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getPersons <em>Persons</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getOffences <em>Offences</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getDataItems <em>Data Items</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getAssets <em>Assets</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getDecisionPoints <em>Decision Points</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getStart <em>Start</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getTimedEvents <em>Timed Events</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Scenario#getReferencePath <em>Reference Path</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='uniqueIds startDecisionPointSet citationsWellFormed referencedStatesInCast decisionPointsReachable referencePathConsistent timeBudgetPositive'"
 * @generated
 */
public interface Scenario extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title shown in the catalogue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_Title()
	 * @model required="true"
	 *        annotation="http://rogatory.org/l10n kind='label'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Scenario#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Briefing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The situation as the trainee first learns it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Briefing</em>' attribute.
	 * @see #setBriefing(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_Briefing()
	 * @model required="true"
	 *        annotation="http://rogatory.org/l10n kind='text'"
	 * @generated
	 */
	String getBriefing();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Scenario#getBriefing <em>Briefing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Briefing</em>' attribute.
	 * @see #getBriefing()
	 * @generated
	 */
	void setBriefing(String value);

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.LearningObjective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The learning objectives.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objectives</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_Objectives()
	 * @model containment="true"
	 * @generated
	 */
	EList<LearningObjective> getObjectives();

	/**
	 * Returns the value of the '<em><b>Difficulty</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.Difficulty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Difficulty level; decides how much the user interface helps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Difficulty</em>' attribute.
	 * @see org.rogatory.model.scenario.Difficulty
	 * @see #setDifficulty(Difficulty)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_Difficulty()
	 * @model
	 * @generated
	 */
	Difficulty getDifficulty();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Scenario#getDifficulty <em>Difficulty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Difficulty</em>' attribute.
	 * @see org.rogatory.model.scenario.Difficulty
	 * @see #getDifficulty()
	 * @generated
	 */
	void setDifficulty(Difficulty value);

	/**
	 * Returns the value of the '<em><b>Expected Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected real (classroom) time to play, in minutes; not simulated time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expected Duration</em>' attribute.
	 * @see #setExpectedDuration(int)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_ExpectedDuration()
	 * @model dataType="org.rogatory.model.scenario.Minutes"
	 * @generated
	 */
	int getExpectedDuration();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Scenario#getExpectedDuration <em>Expected Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Duration</em>' attribute.
	 * @see #getExpectedDuration()
	 * @generated
	 */
	void setExpectedDuration(int value);

	/**
	 * Returns the value of the '<em><b>Trainee Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.TraineeRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role the trainee plays.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trainee Role</em>' attribute.
	 * @see org.rogatory.model.scenario.TraineeRole
	 * @see #setTraineeRole(TraineeRole)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_TraineeRole()
	 * @model
	 * @generated
	 */
	TraineeRole getTraineeRole();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Scenario#getTraineeRole <em>Trainee Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trainee Role</em>' attribute.
	 * @see org.rogatory.model.scenario.TraineeRole
	 * @see #getTraineeRole()
	 * @generated
	 */
	void setTraineeRole(TraineeRole value);

	/**
	 * Returns the value of the '<em><b>Home State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The State the trainee works for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Home State</em>' reference.
	 * @see #setHomeState(State)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_HomeState()
	 * @model required="true"
	 * @generated
	 */
	State getHomeState();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Scenario#getHomeState <em>Home State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Home State</em>' reference.
	 * @see #getHomeState()
	 * @generated
	 */
	void setHomeState(State value);

	/**
	 * Returns the value of the '<em><b>Trainee Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The trainee's own office, if it matters to the case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trainee Authority</em>' reference.
	 * @see #setTraineeAuthority(Authority)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_TraineeAuthority()
	 * @model
	 * @generated
	 */
	Authority getTraineeAuthority();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Scenario#getTraineeAuthority <em>Trainee Authority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trainee Authority</em>' reference.
	 * @see #getTraineeAuthority()
	 * @generated
	 */
	void setTraineeAuthority(Authority value);

	/**
	 * Returns the value of the '<em><b>Clock Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wall-clock date and time in the home State at simulated minute 0 (display only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clock Start</em>' attribute.
	 * @see #setClockStart(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_ClockStart()
	 * @model dataType="org.rogatory.model.scenario.IsoDateTime" required="true"
	 * @generated
	 */
	String getClockStart();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Scenario#getClockStart <em>Clock Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clock Start</em>' attribute.
	 * @see #getClockStart()
	 * @generated
	 */
	void setClockStart(String value);

	/**
	 * Returns the value of the '<em><b>Time Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Simulated minutes the trainee has (must be positive); the scenario ends when the clock reaches it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Budget</em>' attribute.
	 * @see #setTimeBudget(int)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_TimeBudget()
	 * @model dataType="org.rogatory.model.scenario.Minutes"
	 * @generated
	 */
	int getTimeBudget();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Scenario#getTimeBudget <em>Time Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Budget</em>' attribute.
	 * @see #getTimeBudget()
	 * @generated
	 */
	void setTimeBudget(int value);

	/**
	 * Returns the value of the '<em><b>Cast</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.State}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The States taking part, from the pack's cast; every State the scenario mentions must be listed here.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cast</em>' reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_Cast()
	 * @model required="true"
	 * @generated
	 */
	EList<State> getCast();

	/**
	 * Returns the value of the '<em><b>Rubric</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rubric the scenario is scored on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rubric</em>' reference.
	 * @see #setRubric(Rubric)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_Rubric()
	 * @model required="true"
	 * @generated
	 */
	Rubric getRubric();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Scenario#getRubric <em>Rubric</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rubric</em>' reference.
	 * @see #getRubric()
	 * @generated
	 */
	void setRubric(Rubric value);

	/**
	 * Returns the value of the '<em><b>Providers</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.ServiceProvider}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service providers and other private holders in the case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Providers</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_Providers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceProvider> getProviders();

	/**
	 * Returns the value of the '<em><b>Persons</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Suspects, victims, witnesses and others.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Persons</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_Persons()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getPersons();

	/**
	 * Returns the value of the '<em><b>Offences</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Offence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The offences under investigation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offences</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_Offences()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<Offence> getOffences();

	/**
	 * Returns the value of the '<em><b>Data Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.DataItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The electronic data the case depends on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Items</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_DataItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataItem> getDataItems();

	/**
	 * Returns the value of the '<em><b>Assets</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Asset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proceeds and instrumentalities that can be frozen or confiscated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assets</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_Assets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Asset> getAssets();

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Flag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named switches that consequences set and conditions test.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_Flags()
	 * @model containment="true"
	 * @generated
	 */
	EList<Flag> getFlags();

	/**
	 * Returns the value of the '<em><b>Decision Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.DecisionPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The decision points of the scenario.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision Points</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_DecisionPoints()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<DecisionPoint> getDecisionPoints();

	/**
	 * Returns the value of the '<em><b>Start</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The decision point open when the scenario starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' reference.
	 * @see #setStart(DecisionPoint)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_Start()
	 * @model required="true"
	 * @generated
	 */
	DecisionPoint getStart();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Scenario#getStart <em>Start</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' reference.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(DecisionPoint value);

	/**
	 * Returns the value of the '<em><b>Timed Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.TimedEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Things that happen at a simulated time or when a condition becomes true, whatever the trainee does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timed Events</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_TimedEvents()
	 * @model containment="true"
	 * @generated
	 */
	EList<TimedEvent> getTimedEvents();

	/**
	 * Returns the value of the '<em><b>Reference Path</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.ReferenceStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The expert path: the actions an experienced practitioner would take, in order, with reasons. Used for comparison in the debrief and to test that the scenario can be won.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference Path</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScenario_ReferencePath()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReferenceStep> getReferencePath();

} // Scenario
