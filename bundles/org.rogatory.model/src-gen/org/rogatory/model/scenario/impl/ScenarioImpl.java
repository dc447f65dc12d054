/**
 */
package org.rogatory.model.scenario.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.rogatory.model.scenario.Asset;
import org.rogatory.model.scenario.Authority;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Difficulty;
import org.rogatory.model.scenario.Flag;
import org.rogatory.model.scenario.LearningObjective;
import org.rogatory.model.scenario.Offence;
import org.rogatory.model.scenario.Person;
import org.rogatory.model.scenario.ReferenceStep;
import org.rogatory.model.scenario.Rubric;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioPackage;
import org.rogatory.model.scenario.ServiceProvider;
import org.rogatory.model.scenario.State;
import org.rogatory.model.scenario.TimedEvent;
import org.rogatory.model.scenario.TraineeRole;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getBriefing <em>Briefing</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getDifficulty <em>Difficulty</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getExpectedDuration <em>Expected Duration</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getTraineeRole <em>Trainee Role</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getHomeState <em>Home State</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getTraineeAuthority <em>Trainee Authority</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getClockStart <em>Clock Start</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getTimeBudget <em>Time Budget</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getCast <em>Cast</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getRubric <em>Rubric</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getProviders <em>Providers</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getPersons <em>Persons</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getOffences <em>Offences</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getDataItems <em>Data Items</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getAssets <em>Assets</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getDecisionPoints <em>Decision Points</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getTimedEvents <em>Timed Events</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.ScenarioImpl#getReferencePath <em>Reference Path</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioImpl extends IdentifiedImpl implements Scenario {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBriefing() <em>Briefing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBriefing()
	 * @generated
	 * @ordered
	 */
	protected static final String BRIEFING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBriefing() <em>Briefing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBriefing()
	 * @generated
	 * @ordered
	 */
	protected String briefing = BRIEFING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<LearningObjective> objectives;

	/**
	 * The default value of the '{@link #getDifficulty() <em>Difficulty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDifficulty()
	 * @generated
	 * @ordered
	 */
	protected static final Difficulty DIFFICULTY_EDEFAULT = Difficulty.INTRODUCTORY;

	/**
	 * The cached value of the '{@link #getDifficulty() <em>Difficulty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDifficulty()
	 * @generated
	 * @ordered
	 */
	protected Difficulty difficulty = DIFFICULTY_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpectedDuration() <em>Expected Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedDuration()
	 * @generated
	 * @ordered
	 */
	protected static final int EXPECTED_DURATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getExpectedDuration() <em>Expected Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedDuration()
	 * @generated
	 * @ordered
	 */
	protected int expectedDuration = EXPECTED_DURATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTraineeRole() <em>Trainee Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraineeRole()
	 * @generated
	 * @ordered
	 */
	protected static final TraineeRole TRAINEE_ROLE_EDEFAULT = TraineeRole.PROSECUTOR;

	/**
	 * The cached value of the '{@link #getTraineeRole() <em>Trainee Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraineeRole()
	 * @generated
	 * @ordered
	 */
	protected TraineeRole traineeRole = TRAINEE_ROLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHomeState() <em>Home State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHomeState()
	 * @generated
	 * @ordered
	 */
	protected State homeState;

	/**
	 * The cached value of the '{@link #getTraineeAuthority() <em>Trainee Authority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraineeAuthority()
	 * @generated
	 * @ordered
	 */
	protected Authority traineeAuthority;

	/**
	 * The default value of the '{@link #getClockStart() <em>Clock Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockStart()
	 * @generated
	 * @ordered
	 */
	protected static final String CLOCK_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClockStart() <em>Clock Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockStart()
	 * @generated
	 * @ordered
	 */
	protected String clockStart = CLOCK_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeBudget() <em>Time Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeBudget()
	 * @generated
	 * @ordered
	 */
	protected static final int TIME_BUDGET_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTimeBudget() <em>Time Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeBudget()
	 * @generated
	 * @ordered
	 */
	protected int timeBudget = TIME_BUDGET_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCast() <em>Cast</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCast()
	 * @generated
	 * @ordered
	 */
	protected EList<State> cast;

	/**
	 * The cached value of the '{@link #getRubric() <em>Rubric</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRubric()
	 * @generated
	 * @ordered
	 */
	protected Rubric rubric;

	/**
	 * The cached value of the '{@link #getProviders() <em>Providers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviders()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceProvider> providers;

	/**
	 * The cached value of the '{@link #getPersons() <em>Persons</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersons()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> persons;

	/**
	 * The cached value of the '{@link #getOffences() <em>Offences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffences()
	 * @generated
	 * @ordered
	 */
	protected EList<Offence> offences;

	/**
	 * The cached value of the '{@link #getDataItems() <em>Data Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataItems()
	 * @generated
	 * @ordered
	 */
	protected EList<DataItem> dataItems;

	/**
	 * The cached value of the '{@link #getAssets() <em>Assets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssets()
	 * @generated
	 * @ordered
	 */
	protected EList<Asset> assets;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected EList<Flag> flags;

	/**
	 * The cached value of the '{@link #getDecisionPoints() <em>Decision Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<DecisionPoint> decisionPoints;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected DecisionPoint start;

	/**
	 * The cached value of the '{@link #getTimedEvents() <em>Timed Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimedEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<TimedEvent> timedEvents;

	/**
	 * The cached value of the '{@link #getReferencePath() <em>Reference Path</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferencePath()
	 * @generated
	 * @ordered
	 */
	protected EList<ReferenceStep> referencePath;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.SCENARIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBriefing() {
		return briefing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBriefing(String newBriefing) {
		String oldBriefing = briefing;
		briefing = newBriefing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__BRIEFING, oldBriefing, briefing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LearningObjective> getObjectives() {
		if (objectives == null) {
			objectives = new EObjectContainmentEList<LearningObjective>(LearningObjective.class, this, ScenarioPackage.SCENARIO__OBJECTIVES);
		}
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Difficulty getDifficulty() {
		return difficulty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDifficulty(Difficulty newDifficulty) {
		Difficulty oldDifficulty = difficulty;
		difficulty = newDifficulty == null ? DIFFICULTY_EDEFAULT : newDifficulty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__DIFFICULTY, oldDifficulty, difficulty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExpectedDuration() {
		return expectedDuration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedDuration(int newExpectedDuration) {
		int oldExpectedDuration = expectedDuration;
		expectedDuration = newExpectedDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__EXPECTED_DURATION, oldExpectedDuration, expectedDuration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TraineeRole getTraineeRole() {
		return traineeRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTraineeRole(TraineeRole newTraineeRole) {
		TraineeRole oldTraineeRole = traineeRole;
		traineeRole = newTraineeRole == null ? TRAINEE_ROLE_EDEFAULT : newTraineeRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__TRAINEE_ROLE, oldTraineeRole, traineeRole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public State getHomeState() {
		if (homeState != null && homeState.eIsProxy()) {
			InternalEObject oldHomeState = (InternalEObject)homeState;
			homeState = (State)eResolveProxy(oldHomeState);
			if (homeState != oldHomeState) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScenarioPackage.SCENARIO__HOME_STATE, oldHomeState, homeState));
			}
		}
		return homeState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public State basicGetHomeState() {
		return homeState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHomeState(State newHomeState) {
		State oldHomeState = homeState;
		homeState = newHomeState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__HOME_STATE, oldHomeState, homeState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Authority getTraineeAuthority() {
		if (traineeAuthority != null && traineeAuthority.eIsProxy()) {
			InternalEObject oldTraineeAuthority = (InternalEObject)traineeAuthority;
			traineeAuthority = (Authority)eResolveProxy(oldTraineeAuthority);
			if (traineeAuthority != oldTraineeAuthority) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScenarioPackage.SCENARIO__TRAINEE_AUTHORITY, oldTraineeAuthority, traineeAuthority));
			}
		}
		return traineeAuthority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Authority basicGetTraineeAuthority() {
		return traineeAuthority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTraineeAuthority(Authority newTraineeAuthority) {
		Authority oldTraineeAuthority = traineeAuthority;
		traineeAuthority = newTraineeAuthority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__TRAINEE_AUTHORITY, oldTraineeAuthority, traineeAuthority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClockStart() {
		return clockStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClockStart(String newClockStart) {
		String oldClockStart = clockStart;
		clockStart = newClockStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__CLOCK_START, oldClockStart, clockStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTimeBudget() {
		return timeBudget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeBudget(int newTimeBudget) {
		int oldTimeBudget = timeBudget;
		timeBudget = newTimeBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__TIME_BUDGET, oldTimeBudget, timeBudget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<State> getCast() {
		if (cast == null) {
			cast = new EObjectResolvingEList<State>(State.class, this, ScenarioPackage.SCENARIO__CAST);
		}
		return cast;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rubric getRubric() {
		if (rubric != null && rubric.eIsProxy()) {
			InternalEObject oldRubric = (InternalEObject)rubric;
			rubric = (Rubric)eResolveProxy(oldRubric);
			if (rubric != oldRubric) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScenarioPackage.SCENARIO__RUBRIC, oldRubric, rubric));
			}
		}
		return rubric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Rubric basicGetRubric() {
		return rubric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRubric(Rubric newRubric) {
		Rubric oldRubric = rubric;
		rubric = newRubric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__RUBRIC, oldRubric, rubric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceProvider> getProviders() {
		if (providers == null) {
			providers = new EObjectContainmentEList<ServiceProvider>(ServiceProvider.class, this, ScenarioPackage.SCENARIO__PROVIDERS);
		}
		return providers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPersons() {
		if (persons == null) {
			persons = new EObjectContainmentEList<Person>(Person.class, this, ScenarioPackage.SCENARIO__PERSONS);
		}
		return persons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Offence> getOffences() {
		if (offences == null) {
			offences = new EObjectContainmentEList<Offence>(Offence.class, this, ScenarioPackage.SCENARIO__OFFENCES);
		}
		return offences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataItem> getDataItems() {
		if (dataItems == null) {
			dataItems = new EObjectContainmentEList<DataItem>(DataItem.class, this, ScenarioPackage.SCENARIO__DATA_ITEMS);
		}
		return dataItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Asset> getAssets() {
		if (assets == null) {
			assets = new EObjectContainmentEList<Asset>(Asset.class, this, ScenarioPackage.SCENARIO__ASSETS);
		}
		return assets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Flag> getFlags() {
		if (flags == null) {
			flags = new EObjectContainmentEList<Flag>(Flag.class, this, ScenarioPackage.SCENARIO__FLAGS);
		}
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DecisionPoint> getDecisionPoints() {
		if (decisionPoints == null) {
			decisionPoints = new EObjectContainmentEList<DecisionPoint>(DecisionPoint.class, this, ScenarioPackage.SCENARIO__DECISION_POINTS);
		}
		return decisionPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecisionPoint getStart() {
		if (start != null && start.eIsProxy()) {
			InternalEObject oldStart = (InternalEObject)start;
			start = (DecisionPoint)eResolveProxy(oldStart);
			if (start != oldStart) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScenarioPackage.SCENARIO__START, oldStart, start));
			}
		}
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DecisionPoint basicGetStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(DecisionPoint newStart) {
		DecisionPoint oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TimedEvent> getTimedEvents() {
		if (timedEvents == null) {
			timedEvents = new EObjectContainmentEList<TimedEvent>(TimedEvent.class, this, ScenarioPackage.SCENARIO__TIMED_EVENTS);
		}
		return timedEvents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReferenceStep> getReferencePath() {
		if (referencePath == null) {
			referencePath = new EObjectContainmentEList<ReferenceStep>(ReferenceStep.class, this, ScenarioPackage.SCENARIO__REFERENCE_PATH);
		}
		return referencePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ScenarioPackage.SCENARIO__OBJECTIVES:
				return ((InternalEList<?>)getObjectives()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__PROVIDERS:
				return ((InternalEList<?>)getProviders()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__PERSONS:
				return ((InternalEList<?>)getPersons()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__OFFENCES:
				return ((InternalEList<?>)getOffences()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__DATA_ITEMS:
				return ((InternalEList<?>)getDataItems()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__ASSETS:
				return ((InternalEList<?>)getAssets()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__FLAGS:
				return ((InternalEList<?>)getFlags()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__DECISION_POINTS:
				return ((InternalEList<?>)getDecisionPoints()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__TIMED_EVENTS:
				return ((InternalEList<?>)getTimedEvents()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__REFERENCE_PATH:
				return ((InternalEList<?>)getReferencePath()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.SCENARIO__TITLE:
				return getTitle();
			case ScenarioPackage.SCENARIO__BRIEFING:
				return getBriefing();
			case ScenarioPackage.SCENARIO__OBJECTIVES:
				return getObjectives();
			case ScenarioPackage.SCENARIO__DIFFICULTY:
				return getDifficulty();
			case ScenarioPackage.SCENARIO__EXPECTED_DURATION:
				return getExpectedDuration();
			case ScenarioPackage.SCENARIO__TRAINEE_ROLE:
				return getTraineeRole();
			case ScenarioPackage.SCENARIO__HOME_STATE:
				if (resolve) return getHomeState();
				return basicGetHomeState();
			case ScenarioPackage.SCENARIO__TRAINEE_AUTHORITY:
				if (resolve) return getTraineeAuthority();
				return basicGetTraineeAuthority();
			case ScenarioPackage.SCENARIO__CLOCK_START:
				return getClockStart();
			case ScenarioPackage.SCENARIO__TIME_BUDGET:
				return getTimeBudget();
			case ScenarioPackage.SCENARIO__CAST:
				return getCast();
			case ScenarioPackage.SCENARIO__RUBRIC:
				if (resolve) return getRubric();
				return basicGetRubric();
			case ScenarioPackage.SCENARIO__PROVIDERS:
				return getProviders();
			case ScenarioPackage.SCENARIO__PERSONS:
				return getPersons();
			case ScenarioPackage.SCENARIO__OFFENCES:
				return getOffences();
			case ScenarioPackage.SCENARIO__DATA_ITEMS:
				return getDataItems();
			case ScenarioPackage.SCENARIO__ASSETS:
				return getAssets();
			case ScenarioPackage.SCENARIO__FLAGS:
				return getFlags();
			case ScenarioPackage.SCENARIO__DECISION_POINTS:
				return getDecisionPoints();
			case ScenarioPackage.SCENARIO__START:
				if (resolve) return getStart();
				return basicGetStart();
			case ScenarioPackage.SCENARIO__TIMED_EVENTS:
				return getTimedEvents();
			case ScenarioPackage.SCENARIO__REFERENCE_PATH:
				return getReferencePath();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ScenarioPackage.SCENARIO__TITLE:
				setTitle((String)newValue);
				return;
			case ScenarioPackage.SCENARIO__BRIEFING:
				setBriefing((String)newValue);
				return;
			case ScenarioPackage.SCENARIO__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends LearningObjective>)newValue);
				return;
			case ScenarioPackage.SCENARIO__DIFFICULTY:
				setDifficulty((Difficulty)newValue);
				return;
			case ScenarioPackage.SCENARIO__EXPECTED_DURATION:
				setExpectedDuration((Integer)newValue);
				return;
			case ScenarioPackage.SCENARIO__TRAINEE_ROLE:
				setTraineeRole((TraineeRole)newValue);
				return;
			case ScenarioPackage.SCENARIO__HOME_STATE:
				setHomeState((State)newValue);
				return;
			case ScenarioPackage.SCENARIO__TRAINEE_AUTHORITY:
				setTraineeAuthority((Authority)newValue);
				return;
			case ScenarioPackage.SCENARIO__CLOCK_START:
				setClockStart((String)newValue);
				return;
			case ScenarioPackage.SCENARIO__TIME_BUDGET:
				setTimeBudget((Integer)newValue);
				return;
			case ScenarioPackage.SCENARIO__CAST:
				getCast().clear();
				getCast().addAll((Collection<? extends State>)newValue);
				return;
			case ScenarioPackage.SCENARIO__RUBRIC:
				setRubric((Rubric)newValue);
				return;
			case ScenarioPackage.SCENARIO__PROVIDERS:
				getProviders().clear();
				getProviders().addAll((Collection<? extends ServiceProvider>)newValue);
				return;
			case ScenarioPackage.SCENARIO__PERSONS:
				getPersons().clear();
				getPersons().addAll((Collection<? extends Person>)newValue);
				return;
			case ScenarioPackage.SCENARIO__OFFENCES:
				getOffences().clear();
				getOffences().addAll((Collection<? extends Offence>)newValue);
				return;
			case ScenarioPackage.SCENARIO__DATA_ITEMS:
				getDataItems().clear();
				getDataItems().addAll((Collection<? extends DataItem>)newValue);
				return;
			case ScenarioPackage.SCENARIO__ASSETS:
				getAssets().clear();
				getAssets().addAll((Collection<? extends Asset>)newValue);
				return;
			case ScenarioPackage.SCENARIO__FLAGS:
				getFlags().clear();
				getFlags().addAll((Collection<? extends Flag>)newValue);
				return;
			case ScenarioPackage.SCENARIO__DECISION_POINTS:
				getDecisionPoints().clear();
				getDecisionPoints().addAll((Collection<? extends DecisionPoint>)newValue);
				return;
			case ScenarioPackage.SCENARIO__START:
				setStart((DecisionPoint)newValue);
				return;
			case ScenarioPackage.SCENARIO__TIMED_EVENTS:
				getTimedEvents().clear();
				getTimedEvents().addAll((Collection<? extends TimedEvent>)newValue);
				return;
			case ScenarioPackage.SCENARIO__REFERENCE_PATH:
				getReferencePath().clear();
				getReferencePath().addAll((Collection<? extends ReferenceStep>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ScenarioPackage.SCENARIO__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ScenarioPackage.SCENARIO__BRIEFING:
				setBriefing(BRIEFING_EDEFAULT);
				return;
			case ScenarioPackage.SCENARIO__OBJECTIVES:
				getObjectives().clear();
				return;
			case ScenarioPackage.SCENARIO__DIFFICULTY:
				setDifficulty(DIFFICULTY_EDEFAULT);
				return;
			case ScenarioPackage.SCENARIO__EXPECTED_DURATION:
				setExpectedDuration(EXPECTED_DURATION_EDEFAULT);
				return;
			case ScenarioPackage.SCENARIO__TRAINEE_ROLE:
				setTraineeRole(TRAINEE_ROLE_EDEFAULT);
				return;
			case ScenarioPackage.SCENARIO__HOME_STATE:
				setHomeState((State)null);
				return;
			case ScenarioPackage.SCENARIO__TRAINEE_AUTHORITY:
				setTraineeAuthority((Authority)null);
				return;
			case ScenarioPackage.SCENARIO__CLOCK_START:
				setClockStart(CLOCK_START_EDEFAULT);
				return;
			case ScenarioPackage.SCENARIO__TIME_BUDGET:
				setTimeBudget(TIME_BUDGET_EDEFAULT);
				return;
			case ScenarioPackage.SCENARIO__CAST:
				getCast().clear();
				return;
			case ScenarioPackage.SCENARIO__RUBRIC:
				setRubric((Rubric)null);
				return;
			case ScenarioPackage.SCENARIO__PROVIDERS:
				getProviders().clear();
				return;
			case ScenarioPackage.SCENARIO__PERSONS:
				getPersons().clear();
				return;
			case ScenarioPackage.SCENARIO__OFFENCES:
				getOffences().clear();
				return;
			case ScenarioPackage.SCENARIO__DATA_ITEMS:
				getDataItems().clear();
				return;
			case ScenarioPackage.SCENARIO__ASSETS:
				getAssets().clear();
				return;
			case ScenarioPackage.SCENARIO__FLAGS:
				getFlags().clear();
				return;
			case ScenarioPackage.SCENARIO__DECISION_POINTS:
				getDecisionPoints().clear();
				return;
			case ScenarioPackage.SCENARIO__START:
				setStart((DecisionPoint)null);
				return;
			case ScenarioPackage.SCENARIO__TIMED_EVENTS:
				getTimedEvents().clear();
				return;
			case ScenarioPackage.SCENARIO__REFERENCE_PATH:
				getReferencePath().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ScenarioPackage.SCENARIO__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ScenarioPackage.SCENARIO__BRIEFING:
				return BRIEFING_EDEFAULT == null ? briefing != null : !BRIEFING_EDEFAULT.equals(briefing);
			case ScenarioPackage.SCENARIO__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
			case ScenarioPackage.SCENARIO__DIFFICULTY:
				return difficulty != DIFFICULTY_EDEFAULT;
			case ScenarioPackage.SCENARIO__EXPECTED_DURATION:
				return expectedDuration != EXPECTED_DURATION_EDEFAULT;
			case ScenarioPackage.SCENARIO__TRAINEE_ROLE:
				return traineeRole != TRAINEE_ROLE_EDEFAULT;
			case ScenarioPackage.SCENARIO__HOME_STATE:
				return homeState != null;
			case ScenarioPackage.SCENARIO__TRAINEE_AUTHORITY:
				return traineeAuthority != null;
			case ScenarioPackage.SCENARIO__CLOCK_START:
				return CLOCK_START_EDEFAULT == null ? clockStart != null : !CLOCK_START_EDEFAULT.equals(clockStart);
			case ScenarioPackage.SCENARIO__TIME_BUDGET:
				return timeBudget != TIME_BUDGET_EDEFAULT;
			case ScenarioPackage.SCENARIO__CAST:
				return cast != null && !cast.isEmpty();
			case ScenarioPackage.SCENARIO__RUBRIC:
				return rubric != null;
			case ScenarioPackage.SCENARIO__PROVIDERS:
				return providers != null && !providers.isEmpty();
			case ScenarioPackage.SCENARIO__PERSONS:
				return persons != null && !persons.isEmpty();
			case ScenarioPackage.SCENARIO__OFFENCES:
				return offences != null && !offences.isEmpty();
			case ScenarioPackage.SCENARIO__DATA_ITEMS:
				return dataItems != null && !dataItems.isEmpty();
			case ScenarioPackage.SCENARIO__ASSETS:
				return assets != null && !assets.isEmpty();
			case ScenarioPackage.SCENARIO__FLAGS:
				return flags != null && !flags.isEmpty();
			case ScenarioPackage.SCENARIO__DECISION_POINTS:
				return decisionPoints != null && !decisionPoints.isEmpty();
			case ScenarioPackage.SCENARIO__START:
				return start != null;
			case ScenarioPackage.SCENARIO__TIMED_EVENTS:
				return timedEvents != null && !timedEvents.isEmpty();
			case ScenarioPackage.SCENARIO__REFERENCE_PATH:
				return referencePath != null && !referencePath.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", briefing: "); //$NON-NLS-1$
		result.append(briefing);
		result.append(", difficulty: "); //$NON-NLS-1$
		result.append(difficulty);
		result.append(", expectedDuration: "); //$NON-NLS-1$
		result.append(expectedDuration);
		result.append(", traineeRole: "); //$NON-NLS-1$
		result.append(traineeRole);
		result.append(", clockStart: "); //$NON-NLS-1$
		result.append(clockStart);
		result.append(", timeBudget: "); //$NON-NLS-1$
		result.append(timeBudget);
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
