/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pack</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a pack manifest file: what a regional centre versions, signs and distributes. It holds the metadata, the cast of States shared by its scenarios, the conduct vocabulary and the rubrics, and lists its scenarios, each stored in its own file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.Pack#getVersion <em>Version</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Pack#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Pack#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Pack#getAuthors <em>Authors</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Pack#getLicence <em>Licence</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Pack#getSourceLanguage <em>Source Language</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Pack#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Pack#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Pack#getMinRogatoryVersion <em>Min Rogatory Version</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Pack#getCast <em>Cast</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Pack#getConducts <em>Conducts</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Pack#getRubrics <em>Rubrics</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Pack#getScenarios <em>Scenarios</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getPack()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='uniqueIds scenarioIdsUnique sourceLanguageListed'"
 * @generated
 */
public interface Pack extends Identified {
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pack's own version; a new release gets a higher version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getPack_Version()
	 * @model dataType="org.rogatory.model.scenario.Version" required="true"
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Pack#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title shown in the pack catalogue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getPack_Title()
	 * @model required="true"
	 *        annotation="http://rogatory.org/l10n kind='label'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Pack#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the pack teaches and for whom.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getPack_Description()
	 * @model annotation="http://rogatory.org/l10n kind='text'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Pack#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Authors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names of the authors or the authoring centre.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Authors</em>' attribute list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getPack_Authors()
	 * @model
	 * @generated
	 */
	EList<String> getAuthors();

	/**
	 * Returns the value of the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Licence of the pack, preferably an SPDX identifier such as 'CC-BY-4.0'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Licence</em>' attribute.
	 * @see #setLicence(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getPack_Licence()
	 * @model required="true"
	 * @generated
	 */
	String getLicence();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Pack#getLicence <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Licence</em>' attribute.
	 * @see #getLicence()
	 * @generated
	 */
	void setLicence(String value);

	/**
	 * Returns the value of the '<em><b>Source Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The language the inline texts are written in; translations are looked up for the other languages.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Language</em>' attribute.
	 * @see #setSourceLanguage(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getPack_SourceLanguage()
	 * @model dataType="org.rogatory.model.scenario.LanguageTag" required="true"
	 * @generated
	 */
	String getSourceLanguage();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Pack#getSourceLanguage <em>Source Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Language</em>' attribute.
	 * @see #getSourceLanguage()
	 * @generated
	 */
	void setSourceLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Languages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All languages the pack is available in, the source language included (one l10n file per scenario and language).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Languages</em>' attribute list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getPack_Languages()
	 * @model dataType="org.rogatory.model.scenario.LanguageTag"
	 * @generated
	 */
	EList<String> getLanguages();

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of this scenario format the pack was written for. The major version is also in the namespace URI; the minor version tells a reader which compatible additions the pack may use.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getPack_FormatVersion()
	 * @model dataType="org.rogatory.model.scenario.Version" required="true"
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Pack#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Min Rogatory Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The oldest Rogatory release that can play this pack.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Rogatory Version</em>' attribute.
	 * @see #setMinRogatoryVersion(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getPack_MinRogatoryVersion()
	 * @model dataType="org.rogatory.model.scenario.Version" required="true"
	 * @generated
	 */
	String getMinRogatoryVersion();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Pack#getMinRogatoryVersion <em>Min Rogatory Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Rogatory Version</em>' attribute.
	 * @see #getMinRogatoryVersion()
	 * @generated
	 */
	void setMinRogatoryVersion(String value);

	/**
	 * Returns the value of the '<em><b>Cast</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.State}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The States the pack's scenarios take place in, with their legal profiles.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cast</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getPack_Cast()
	 * @model containment="true"
	 * @generated
	 */
	EList<State> getCast();

	/**
	 * Returns the value of the '<em><b>Conducts</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Conduct}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The conduct categories used to compare offences across States (dual criminality is judged by conduct).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conducts</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getPack_Conducts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Conduct> getConducts();

	/**
	 * Returns the value of the '<em><b>Rubrics</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Rubric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scoring rubrics, shared so results compare across the pack's scenarios.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rubrics</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getPack_Rubrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Rubric> getRubrics();

	/**
	 * Returns the value of the '<em><b>Scenarios</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scenarios the pack ships, in catalogue order; each is normally the root of its own file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scenarios</em>' reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getPack_Scenarios()
	 * @model required="true"
	 * @generated
	 */
	EList<Scenario> getScenarios();

} // Pack
