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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.rogatory.model.scenario.Conduct;
import org.rogatory.model.scenario.Pack;
import org.rogatory.model.scenario.Rubric;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioPackage;
import org.rogatory.model.scenario.State;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pack</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.impl.PackImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.PackImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.PackImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.PackImpl#getAuthors <em>Authors</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.PackImpl#getLicence <em>Licence</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.PackImpl#getSourceLanguage <em>Source Language</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.PackImpl#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.PackImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.PackImpl#getMinRogatoryVersion <em>Min Rogatory Version</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.PackImpl#getCast <em>Cast</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.PackImpl#getConducts <em>Conducts</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.PackImpl#getRubrics <em>Rubrics</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.PackImpl#getScenarios <em>Scenarios</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PackImpl extends IdentifiedImpl implements Pack {
	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAuthors() <em>Authors</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthors()
	 * @generated
	 * @ordered
	 */
	protected EList<String> authors;

	/**
	 * The default value of the '{@link #getLicence() <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicence()
	 * @generated
	 * @ordered
	 */
	protected static final String LICENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLicence() <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicence()
	 * @generated
	 * @ordered
	 */
	protected String licence = LICENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceLanguage() <em>Source Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceLanguage() <em>Source Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLanguage()
	 * @generated
	 * @ordered
	 */
	protected String sourceLanguage = SOURCE_LANGUAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLanguages() <em>Languages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguages()
	 * @generated
	 * @ordered
	 */
	protected EList<String> languages;

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected String formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinRogatoryVersion() <em>Min Rogatory Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinRogatoryVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String MIN_ROGATORY_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinRogatoryVersion() <em>Min Rogatory Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinRogatoryVersion()
	 * @generated
	 * @ordered
	 */
	protected String minRogatoryVersion = MIN_ROGATORY_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCast() <em>Cast</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCast()
	 * @generated
	 * @ordered
	 */
	protected EList<State> cast;

	/**
	 * The cached value of the '{@link #getConducts() <em>Conducts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConducts()
	 * @generated
	 * @ordered
	 */
	protected EList<Conduct> conducts;

	/**
	 * The cached value of the '{@link #getRubrics() <em>Rubrics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRubrics()
	 * @generated
	 * @ordered
	 */
	protected EList<Rubric> rubrics;

	/**
	 * The cached value of the '{@link #getScenarios() <em>Scenarios</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<Scenario> scenarios;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PackImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.PACK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.PACK__VERSION, oldVersion, version));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.PACK__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.PACK__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAuthors() {
		if (authors == null) {
			authors = new EDataTypeUniqueEList<String>(String.class, this, ScenarioPackage.PACK__AUTHORS);
		}
		return authors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLicence() {
		return licence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicence(String newLicence) {
		String oldLicence = licence;
		licence = newLicence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.PACK__LICENCE, oldLicence, licence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceLanguage() {
		return sourceLanguage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceLanguage(String newSourceLanguage) {
		String oldSourceLanguage = sourceLanguage;
		sourceLanguage = newSourceLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.PACK__SOURCE_LANGUAGE, oldSourceLanguage, sourceLanguage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLanguages() {
		if (languages == null) {
			languages = new EDataTypeUniqueEList<String>(String.class, this, ScenarioPackage.PACK__LANGUAGES);
		}
		return languages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(String newFormatVersion) {
		String oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.PACK__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMinRogatoryVersion() {
		return minRogatoryVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinRogatoryVersion(String newMinRogatoryVersion) {
		String oldMinRogatoryVersion = minRogatoryVersion;
		minRogatoryVersion = newMinRogatoryVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.PACK__MIN_ROGATORY_VERSION, oldMinRogatoryVersion, minRogatoryVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<State> getCast() {
		if (cast == null) {
			cast = new EObjectContainmentEList<State>(State.class, this, ScenarioPackage.PACK__CAST);
		}
		return cast;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Conduct> getConducts() {
		if (conducts == null) {
			conducts = new EObjectContainmentEList<Conduct>(Conduct.class, this, ScenarioPackage.PACK__CONDUCTS);
		}
		return conducts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Rubric> getRubrics() {
		if (rubrics == null) {
			rubrics = new EObjectContainmentEList<Rubric>(Rubric.class, this, ScenarioPackage.PACK__RUBRICS);
		}
		return rubrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scenario> getScenarios() {
		if (scenarios == null) {
			scenarios = new EObjectResolvingEList<Scenario>(Scenario.class, this, ScenarioPackage.PACK__SCENARIOS);
		}
		return scenarios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ScenarioPackage.PACK__CAST:
				return ((InternalEList<?>)getCast()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.PACK__CONDUCTS:
				return ((InternalEList<?>)getConducts()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.PACK__RUBRICS:
				return ((InternalEList<?>)getRubrics()).basicRemove(otherEnd, msgs);
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
			case ScenarioPackage.PACK__VERSION:
				return getVersion();
			case ScenarioPackage.PACK__TITLE:
				return getTitle();
			case ScenarioPackage.PACK__DESCRIPTION:
				return getDescription();
			case ScenarioPackage.PACK__AUTHORS:
				return getAuthors();
			case ScenarioPackage.PACK__LICENCE:
				return getLicence();
			case ScenarioPackage.PACK__SOURCE_LANGUAGE:
				return getSourceLanguage();
			case ScenarioPackage.PACK__LANGUAGES:
				return getLanguages();
			case ScenarioPackage.PACK__FORMAT_VERSION:
				return getFormatVersion();
			case ScenarioPackage.PACK__MIN_ROGATORY_VERSION:
				return getMinRogatoryVersion();
			case ScenarioPackage.PACK__CAST:
				return getCast();
			case ScenarioPackage.PACK__CONDUCTS:
				return getConducts();
			case ScenarioPackage.PACK__RUBRICS:
				return getRubrics();
			case ScenarioPackage.PACK__SCENARIOS:
				return getScenarios();
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
			case ScenarioPackage.PACK__VERSION:
				setVersion((String)newValue);
				return;
			case ScenarioPackage.PACK__TITLE:
				setTitle((String)newValue);
				return;
			case ScenarioPackage.PACK__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ScenarioPackage.PACK__AUTHORS:
				getAuthors().clear();
				getAuthors().addAll((Collection<? extends String>)newValue);
				return;
			case ScenarioPackage.PACK__LICENCE:
				setLicence((String)newValue);
				return;
			case ScenarioPackage.PACK__SOURCE_LANGUAGE:
				setSourceLanguage((String)newValue);
				return;
			case ScenarioPackage.PACK__LANGUAGES:
				getLanguages().clear();
				getLanguages().addAll((Collection<? extends String>)newValue);
				return;
			case ScenarioPackage.PACK__FORMAT_VERSION:
				setFormatVersion((String)newValue);
				return;
			case ScenarioPackage.PACK__MIN_ROGATORY_VERSION:
				setMinRogatoryVersion((String)newValue);
				return;
			case ScenarioPackage.PACK__CAST:
				getCast().clear();
				getCast().addAll((Collection<? extends State>)newValue);
				return;
			case ScenarioPackage.PACK__CONDUCTS:
				getConducts().clear();
				getConducts().addAll((Collection<? extends Conduct>)newValue);
				return;
			case ScenarioPackage.PACK__RUBRICS:
				getRubrics().clear();
				getRubrics().addAll((Collection<? extends Rubric>)newValue);
				return;
			case ScenarioPackage.PACK__SCENARIOS:
				getScenarios().clear();
				getScenarios().addAll((Collection<? extends Scenario>)newValue);
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
			case ScenarioPackage.PACK__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case ScenarioPackage.PACK__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ScenarioPackage.PACK__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ScenarioPackage.PACK__AUTHORS:
				getAuthors().clear();
				return;
			case ScenarioPackage.PACK__LICENCE:
				setLicence(LICENCE_EDEFAULT);
				return;
			case ScenarioPackage.PACK__SOURCE_LANGUAGE:
				setSourceLanguage(SOURCE_LANGUAGE_EDEFAULT);
				return;
			case ScenarioPackage.PACK__LANGUAGES:
				getLanguages().clear();
				return;
			case ScenarioPackage.PACK__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case ScenarioPackage.PACK__MIN_ROGATORY_VERSION:
				setMinRogatoryVersion(MIN_ROGATORY_VERSION_EDEFAULT);
				return;
			case ScenarioPackage.PACK__CAST:
				getCast().clear();
				return;
			case ScenarioPackage.PACK__CONDUCTS:
				getConducts().clear();
				return;
			case ScenarioPackage.PACK__RUBRICS:
				getRubrics().clear();
				return;
			case ScenarioPackage.PACK__SCENARIOS:
				getScenarios().clear();
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
			case ScenarioPackage.PACK__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case ScenarioPackage.PACK__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ScenarioPackage.PACK__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ScenarioPackage.PACK__AUTHORS:
				return authors != null && !authors.isEmpty();
			case ScenarioPackage.PACK__LICENCE:
				return LICENCE_EDEFAULT == null ? licence != null : !LICENCE_EDEFAULT.equals(licence);
			case ScenarioPackage.PACK__SOURCE_LANGUAGE:
				return SOURCE_LANGUAGE_EDEFAULT == null ? sourceLanguage != null : !SOURCE_LANGUAGE_EDEFAULT.equals(sourceLanguage);
			case ScenarioPackage.PACK__LANGUAGES:
				return languages != null && !languages.isEmpty();
			case ScenarioPackage.PACK__FORMAT_VERSION:
				return FORMAT_VERSION_EDEFAULT == null ? formatVersion != null : !FORMAT_VERSION_EDEFAULT.equals(formatVersion);
			case ScenarioPackage.PACK__MIN_ROGATORY_VERSION:
				return MIN_ROGATORY_VERSION_EDEFAULT == null ? minRogatoryVersion != null : !MIN_ROGATORY_VERSION_EDEFAULT.equals(minRogatoryVersion);
			case ScenarioPackage.PACK__CAST:
				return cast != null && !cast.isEmpty();
			case ScenarioPackage.PACK__CONDUCTS:
				return conducts != null && !conducts.isEmpty();
			case ScenarioPackage.PACK__RUBRICS:
				return rubrics != null && !rubrics.isEmpty();
			case ScenarioPackage.PACK__SCENARIOS:
				return scenarios != null && !scenarios.isEmpty();
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
		result.append(" (version: "); //$NON-NLS-1$
		result.append(version);
		result.append(", title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", description: "); //$NON-NLS-1$
		result.append(description);
		result.append(", authors: "); //$NON-NLS-1$
		result.append(authors);
		result.append(", licence: "); //$NON-NLS-1$
		result.append(licence);
		result.append(", sourceLanguage: "); //$NON-NLS-1$
		result.append(sourceLanguage);
		result.append(", languages: "); //$NON-NLS-1$
		result.append(languages);
		result.append(", formatVersion: "); //$NON-NLS-1$
		result.append(formatVersion);
		result.append(", minRogatoryVersion: "); //$NON-NLS-1$
		result.append(minRogatoryVersion);
		result.append(')');
		return result.toString();
	}

} //PackImpl
