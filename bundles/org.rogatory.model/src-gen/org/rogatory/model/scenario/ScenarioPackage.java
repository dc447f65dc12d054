/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Rogatory scenario packs: the cast of States with their legal profiles, the case (actors, evidence, offences), the decision graph the trainee plays, timed events, scoring and feedback. Pure structure: evaluation against the Convention lives in the treaty and engine bundles. Person-readable texts are stored inline in the pack's source language and marked with the annotation http://rogatory.org/l10n; translations live in l10n/<scenario id>_<lang>.properties keyed <element id>.<feature name>.
 * <!-- end-model-doc -->
 * @see org.rogatory.model.scenario.ScenarioFactory
 * @model kind="package"
 * @generated
 */
public interface ScenarioPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "scenario"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://rogatory.org/scenario/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "scenario"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ScenarioPackage eINSTANCE = org.rogatory.model.scenario.impl.ScenarioPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.IdentifiedImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.DiscoverableImpl <em>Discoverable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.DiscoverableImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getDiscoverable()
	 * @generated
	 */
	int DISCOVERABLE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCOVERABLE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Known At Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCOVERABLE__KNOWN_AT_START = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Discoverable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCOVERABLE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Discoverable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCOVERABLE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.ActorImpl <em>Actor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.ActorImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getActor()
	 * @generated
	 */
	int ACTOR = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ID = DISCOVERABLE__ID;

	/**
	 * The feature id for the '<em><b>Known At Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__KNOWN_AT_START = DISCOVERABLE__KNOWN_AT_START;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NAME = DISCOVERABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__DESCRIPTION = DISCOVERABLE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_FEATURE_COUNT = DISCOVERABLE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_OPERATION_COUNT = DISCOVERABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.EvidenceImpl <em>Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.EvidenceImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getEvidence()
	 * @generated
	 */
	int EVIDENCE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__ID = DISCOVERABLE__ID;

	/**
	 * The feature id for the '<em><b>Known At Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__KNOWN_AT_START = DISCOVERABLE__KNOWN_AT_START;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__NAME = DISCOVERABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__DESCRIPTION = DISCOVERABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Holder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__HOLDER = DISCOVERABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Location</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__LOCATION = DISCOVERABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Related Offences</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__RELATED_OFFENCES = DISCOVERABLE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FEATURE_COUNT = DISCOVERABLE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_OPERATION_COUNT = DISCOVERABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.PackImpl <em>Pack</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.PackImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getPack()
	 * @generated
	 */
	int PACK = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACK__VERSION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACK__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACK__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Authors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACK__AUTHORS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACK__LICENCE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Source Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACK__SOURCE_LANGUAGE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Languages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACK__LANGUAGES = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACK__FORMAT_VERSION = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Min Rogatory Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACK__MIN_ROGATORY_VERSION = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Cast</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACK__CAST = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Conducts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACK__CONDUCTS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Rubrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACK__RUBRICS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Scenarios</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACK__SCENARIOS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Pack</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Pack</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.StateImpl <em>State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.StateImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getState()
	 * @generated
	 */
	int STATE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fictional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__FICTIONAL = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Convention Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__CONVENTION_STATUS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Signature Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__SIGNATURE_DATE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Ratification Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__RATIFICATION_DATE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Entry Into Force Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__ENTRY_INTO_FORCE_DATE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Declarations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__DECLARATIONS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Authorities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__AUTHORITIES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Courts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__COURTS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Central Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__CENTRAL_AUTHORITY = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Extradition Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__EXTRADITION_AUTHORITY = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Point Of Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__POINT_OF_CONTACT = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Extradites Nationals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__EXTRADITES_NATIONALS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Domestic Offences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__DOMESTIC_OFFENCES = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.DeclarationImpl <em>Declaration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.DeclarationImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getDeclaration()
	 * @generated
	 */
	int DECLARATION = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION__TOPIC = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Article</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION__ARTICLE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION__VALUES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION__DATE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION__SUMMARY = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Declaration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Declaration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.DomesticOffenceImpl <em>Domestic Offence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.DomesticOffenceImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getDomesticOffence()
	 * @generated
	 */
	int DOMESTIC_OFFENCE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OFFENCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OFFENCE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Provision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OFFENCE__PROVISION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Conducts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OFFENCE__CONDUCTS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Maximum Penalty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OFFENCE__MAXIMUM_PENALTY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Maximum Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OFFENCE__MAXIMUM_MONTHS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Domestic Offence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OFFENCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Domestic Offence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OFFENCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.ConductImpl <em>Conduct</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.ConductImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getConduct()
	 * @generated
	 */
	int CONDUCT = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCT__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCT__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Convention Article</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCT__CONVENTION_ARTICLE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Conduct</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Conduct</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.AuthorityImpl <em>Authority</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.AuthorityImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getAuthority()
	 * @generated
	 */
	int AUTHORITY = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__ID = ACTOR__ID;

	/**
	 * The feature id for the '<em><b>Known At Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__KNOWN_AT_START = ACTOR__KNOWN_AT_START;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__NAME = ACTOR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__DESCRIPTION = ACTOR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__KIND = ACTOR_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Authority</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY_FEATURE_COUNT = ACTOR_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Authority</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY_OPERATION_COUNT = ACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.CourtImpl <em>Court</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.CourtImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getCourt()
	 * @generated
	 */
	int COURT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURT__ID = ACTOR__ID;

	/**
	 * The feature id for the '<em><b>Known At Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURT__KNOWN_AT_START = ACTOR__KNOWN_AT_START;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURT__NAME = ACTOR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURT__DESCRIPTION = ACTOR__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Court</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURT_FEATURE_COUNT = ACTOR_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Court</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURT_OPERATION_COUNT = ACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.RubricImpl <em>Rubric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.RubricImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getRubric()
	 * @generated
	 */
	int RUBRIC = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUBRIC__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUBRIC__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUBRIC__CRITERIA = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Rubric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUBRIC_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Rubric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUBRIC_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.CriterionImpl <em>Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.CriterionImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getCriterion()
	 * @generated
	 */
	int CRITERION = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__LABEL = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__WEIGHT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.ScenarioImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Briefing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__BRIEFING = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__OBJECTIVES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Difficulty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DIFFICULTY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Expected Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__EXPECTED_DURATION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Trainee Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TRAINEE_ROLE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Home State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__HOME_STATE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Trainee Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TRAINEE_AUTHORITY = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Clock Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CLOCK_START = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Time Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TIME_BUDGET = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Cast</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CAST = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Rubric</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__RUBRIC = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Providers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__PROVIDERS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Persons</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__PERSONS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Offences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__OFFENCES = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Data Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DATA_ITEMS = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Assets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ASSETS = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__FLAGS = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Decision Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DECISION_POINTS = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Start</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__START = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Timed Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TIMED_EVENTS = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Reference Path</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__REFERENCE_PATH = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 22;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.LearningObjectiveImpl <em>Learning Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.LearningObjectiveImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getLearningObjective()
	 * @generated
	 */
	int LEARNING_OBJECTIVE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_OBJECTIVE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_OBJECTIVE__TEXT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Articles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_OBJECTIVE__ARTICLES = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Learning Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_OBJECTIVE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Learning Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_OBJECTIVE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.ServiceProviderImpl <em>Service Provider</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.ServiceProviderImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getServiceProvider()
	 * @generated
	 */
	int SERVICE_PROVIDER = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_PROVIDER__ID = ACTOR__ID;

	/**
	 * The feature id for the '<em><b>Known At Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_PROVIDER__KNOWN_AT_START = ACTOR__KNOWN_AT_START;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_PROVIDER__NAME = ACTOR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_PROVIDER__DESCRIPTION = ACTOR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_PROVIDER__KIND = ACTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Established In</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_PROVIDER__ESTABLISHED_IN = ACTOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Offers Services In</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_PROVIDER__OFFERS_SERVICES_IN = ACTOR_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Retention Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_PROVIDER__RETENTION_POLICIES = ACTOR_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Service Provider</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_PROVIDER_FEATURE_COUNT = ACTOR_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Service Provider</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_PROVIDER_OPERATION_COUNT = ACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.RetentionPolicyImpl <em>Retention Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.RetentionPolicyImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getRetentionPolicy()
	 * @generated
	 */
	int RETENTION_POLICY = 16;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_POLICY__CATEGORY = 0;

	/**
	 * The feature id for the '<em><b>Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_POLICY__DAYS = 1;

	/**
	 * The number of structural features of the '<em>Retention Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_POLICY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Retention Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.PersonImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = ACTOR__ID;

	/**
	 * The feature id for the '<em><b>Known At Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__KNOWN_AT_START = ACTOR__KNOWN_AT_START;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = ACTOR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__DESCRIPTION = ACTOR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ROLES = ACTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Nationalities</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NATIONALITIES = ACTOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Location</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__LOCATION = ACTOR_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Legal Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__LEGAL_PERSON = ACTOR_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = ACTOR_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = ACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.DataItemImpl <em>Data Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.DataItemImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getDataItem()
	 * @generated
	 */
	int DATA_ITEM = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__ID = EVIDENCE__ID;

	/**
	 * The feature id for the '<em><b>Known At Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__KNOWN_AT_START = EVIDENCE__KNOWN_AT_START;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__NAME = EVIDENCE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__DESCRIPTION = EVIDENCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Holder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__HOLDER = EVIDENCE__HOLDER;

	/**
	 * The feature id for the '<em><b>Location</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__LOCATION = EVIDENCE__LOCATION;

	/**
	 * The feature id for the '<em><b>Related Offences</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__RELATED_OFFENCES = EVIDENCE__RELATED_OFFENCES;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__CATEGORY = EVIDENCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__STATUS = EVIDENCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Deletion At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM__DELETION_AT = EVIDENCE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Data Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM_FEATURE_COUNT = EVIDENCE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Data Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ITEM_OPERATION_COUNT = EVIDENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.AssetImpl <em>Asset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.AssetImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getAsset()
	 * @generated
	 */
	int ASSET = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__ID = EVIDENCE__ID;

	/**
	 * The feature id for the '<em><b>Known At Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__KNOWN_AT_START = EVIDENCE__KNOWN_AT_START;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__NAME = EVIDENCE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__DESCRIPTION = EVIDENCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Holder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__HOLDER = EVIDENCE__HOLDER;

	/**
	 * The feature id for the '<em><b>Location</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__LOCATION = EVIDENCE__LOCATION;

	/**
	 * The feature id for the '<em><b>Related Offences</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__RELATED_OFFENCES = EVIDENCE__RELATED_OFFENCES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__KIND = EVIDENCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__STATUS = EVIDENCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Estimated Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__ESTIMATED_VALUE = EVIDENCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__CURRENCY = EVIDENCE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_FEATURE_COUNT = EVIDENCE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_OPERATION_COUNT = EVIDENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.OffenceImpl <em>Offence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.OffenceImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getOffence()
	 * @generated
	 */
	int OFFENCE = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFENCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFENCE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Facts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFENCE__FACTS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Conduct</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFENCE__CONDUCT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Committed In</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFENCE__COMMITTED_IN = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Suspects</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFENCE__SUSPECTS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Offence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFENCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Offence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFENCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.FlagImpl <em>Flag</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.FlagImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getFlag()
	 * @generated
	 */
	int FLAG = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG__NOTE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Flag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Flag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.DecisionPointImpl <em>Decision Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.DecisionPointImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getDecisionPoint()
	 * @generated
	 */
	int DECISION_POINT = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_POINT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_POINT__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_POINT__NARRATIVE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_POINT__ACTIONS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Decision Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_POINT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Decision Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_POINT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.ActionImpl <em>Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.ActionImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getAction()
	 * @generated
	 */
	int ACTION = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__LABEL = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Instrument</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__INSTRUMENT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__TARGET_STATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Addressee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__ADDRESSEE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__CHANNEL = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Legal Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__LEGAL_BASIS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Invoked Articles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__INVOKED_ARTICLES = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Request Elements</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__REQUEST_ELEMENTS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Trainee Drafts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__TRAINEE_DRAFTS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Offences</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__OFFENCES = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Data Items</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DATA_ITEMS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Assets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__ASSETS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Persons</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__PERSONS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Urgency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__URGENCY = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Grounds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__GROUNDS = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__COST = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Repeatable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__REPEATABLE = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Available When</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__AVAILABLE_WHEN = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Consequences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__CONSEQUENCES = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Next</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__NEXT = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Feedback</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__FEEDBACK = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The number of structural features of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 22;

	/**
	 * The number of operations of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.FeedbackImpl <em>Feedback</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.FeedbackImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getFeedback()
	 * @generated
	 */
	int FEEDBACK = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__EXPLANATION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__CITATIONS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Expected Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__EXPECTED_VERDICT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Feedback</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Feedback</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.ReferenceStepImpl <em>Reference Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.ReferenceStepImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getReferenceStep()
	 * @generated
	 */
	int REFERENCE_STEP = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_STEP__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_STEP__ACTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_STEP__RATIONALE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Reference Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_STEP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Reference Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_STEP_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.TimedEventImpl <em>Timed Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.TimedEventImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getTimedEvent()
	 * @generated
	 */
	int TIMED_EVENT = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMED_EVENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMED_EVENT__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMED_EVENT__NARRATIVE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMED_EVENT__AT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>When</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMED_EVENT__WHEN = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Consequences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMED_EVENT__CONSEQUENCES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Timed Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMED_EVENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Timed Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMED_EVENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.ConsequenceImpl <em>Consequence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.ConsequenceImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getConsequence()
	 * @generated
	 */
	int CONSEQUENCE = 27;

	/**
	 * The feature id for the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSEQUENCE__DELAY = 0;

	/**
	 * The feature id for the '<em><b>Only If</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSEQUENCE__ONLY_IF = 1;

	/**
	 * The number of structural features of the '<em>Consequence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSEQUENCE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Consequence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSEQUENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.EvidenceStatusChangeImpl <em>Evidence Status Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.EvidenceStatusChangeImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getEvidenceStatusChange()
	 * @generated
	 */
	int EVIDENCE_STATUS_CHANGE = 28;

	/**
	 * The feature id for the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_STATUS_CHANGE__DELAY = CONSEQUENCE__DELAY;

	/**
	 * The feature id for the '<em><b>Only If</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_STATUS_CHANGE__ONLY_IF = CONSEQUENCE__ONLY_IF;

	/**
	 * The feature id for the '<em><b>Data Items</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_STATUS_CHANGE__DATA_ITEMS = CONSEQUENCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_STATUS_CHANGE__STATUS = CONSEQUENCE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Evidence Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_STATUS_CHANGE_FEATURE_COUNT = CONSEQUENCE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Evidence Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_STATUS_CHANGE_OPERATION_COUNT = CONSEQUENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.AssetStatusChangeImpl <em>Asset Status Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.AssetStatusChangeImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getAssetStatusChange()
	 * @generated
	 */
	int ASSET_STATUS_CHANGE = 29;

	/**
	 * The feature id for the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_STATUS_CHANGE__DELAY = CONSEQUENCE__DELAY;

	/**
	 * The feature id for the '<em><b>Only If</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_STATUS_CHANGE__ONLY_IF = CONSEQUENCE__ONLY_IF;

	/**
	 * The feature id for the '<em><b>Assets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_STATUS_CHANGE__ASSETS = CONSEQUENCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_STATUS_CHANGE__STATUS = CONSEQUENCE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Asset Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_STATUS_CHANGE_FEATURE_COUNT = CONSEQUENCE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Asset Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_STATUS_CHANGE_OPERATION_COUNT = CONSEQUENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.RevealImpl <em>Reveal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.RevealImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getReveal()
	 * @generated
	 */
	int REVEAL = 30;

	/**
	 * The feature id for the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVEAL__DELAY = CONSEQUENCE__DELAY;

	/**
	 * The feature id for the '<em><b>Only If</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVEAL__ONLY_IF = CONSEQUENCE__ONLY_IF;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVEAL__TARGETS = CONSEQUENCE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Reveal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVEAL_FEATURE_COUNT = CONSEQUENCE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Reveal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVEAL_OPERATION_COUNT = CONSEQUENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.MessageImpl <em>Message</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.MessageImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getMessage()
	 * @generated
	 */
	int MESSAGE = 31;

	/**
	 * The feature id for the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__DELAY = CONSEQUENCE__DELAY;

	/**
	 * The feature id for the '<em><b>Only If</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__ONLY_IF = CONSEQUENCE__ONLY_IF;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__ID = CONSEQUENCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sender</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__SENDER = CONSEQUENCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__SUBJECT = CONSEQUENCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__TEXT = CONSEQUENCE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_FEATURE_COUNT = CONSEQUENCE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_OPERATION_COUNT = CONSEQUENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.SetFlagImpl <em>Set Flag</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.SetFlagImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getSetFlag()
	 * @generated
	 */
	int SET_FLAG = 32;

	/**
	 * The feature id for the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_FLAG__DELAY = CONSEQUENCE__DELAY;

	/**
	 * The feature id for the '<em><b>Only If</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_FLAG__ONLY_IF = CONSEQUENCE__ONLY_IF;

	/**
	 * The feature id for the '<em><b>Flag</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_FLAG__FLAG = CONSEQUENCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_FLAG__VALUE = CONSEQUENCE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Set Flag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_FLAG_FEATURE_COUNT = CONSEQUENCE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Set Flag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_FLAG_OPERATION_COUNT = CONSEQUENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.OpenDecisionPointImpl <em>Open Decision Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.OpenDecisionPointImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getOpenDecisionPoint()
	 * @generated
	 */
	int OPEN_DECISION_POINT = 33;

	/**
	 * The feature id for the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPEN_DECISION_POINT__DELAY = CONSEQUENCE__DELAY;

	/**
	 * The feature id for the '<em><b>Only If</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPEN_DECISION_POINT__ONLY_IF = CONSEQUENCE__ONLY_IF;

	/**
	 * The feature id for the '<em><b>Decision Points</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPEN_DECISION_POINT__DECISION_POINTS = CONSEQUENCE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Open Decision Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPEN_DECISION_POINT_FEATURE_COUNT = CONSEQUENCE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Open Decision Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPEN_DECISION_POINT_OPERATION_COUNT = CONSEQUENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.CloseDecisionPointImpl <em>Close Decision Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.CloseDecisionPointImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getCloseDecisionPoint()
	 * @generated
	 */
	int CLOSE_DECISION_POINT = 34;

	/**
	 * The feature id for the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOSE_DECISION_POINT__DELAY = CONSEQUENCE__DELAY;

	/**
	 * The feature id for the '<em><b>Only If</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOSE_DECISION_POINT__ONLY_IF = CONSEQUENCE__ONLY_IF;

	/**
	 * The feature id for the '<em><b>Decision Points</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOSE_DECISION_POINT__DECISION_POINTS = CONSEQUENCE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Close Decision Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOSE_DECISION_POINT_FEATURE_COUNT = CONSEQUENCE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Close Decision Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOSE_DECISION_POINT_OPERATION_COUNT = CONSEQUENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.ScoreEffectImpl <em>Score Effect</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.ScoreEffectImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getScoreEffect()
	 * @generated
	 */
	int SCORE_EFFECT = 35;

	/**
	 * The feature id for the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_EFFECT__DELAY = CONSEQUENCE__DELAY;

	/**
	 * The feature id for the '<em><b>Only If</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_EFFECT__ONLY_IF = CONSEQUENCE__ONLY_IF;

	/**
	 * The feature id for the '<em><b>Criterion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_EFFECT__CRITERION = CONSEQUENCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Delta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_EFFECT__DELTA = CONSEQUENCE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Score Effect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_EFFECT_FEATURE_COUNT = CONSEQUENCE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Score Effect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_EFFECT_OPERATION_COUNT = CONSEQUENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.EndScenarioImpl <em>End Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.EndScenarioImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getEndScenario()
	 * @generated
	 */
	int END_SCENARIO = 36;

	/**
	 * The feature id for the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_SCENARIO__DELAY = CONSEQUENCE__DELAY;

	/**
	 * The feature id for the '<em><b>Only If</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_SCENARIO__ONLY_IF = CONSEQUENCE__ONLY_IF;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_SCENARIO__ID = CONSEQUENCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Epilogue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_SCENARIO__EPILOGUE = CONSEQUENCE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>End Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_SCENARIO_FEATURE_COUNT = CONSEQUENCE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>End Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_SCENARIO_OPERATION_COUNT = CONSEQUENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.ConditionImpl <em>Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.ConditionImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getCondition()
	 * @generated
	 */
	int CONDITION = 37;

	/**
	 * The number of structural features of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.ConditionGroupImpl <em>Condition Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.ConditionGroupImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getConditionGroup()
	 * @generated
	 */
	int CONDITION_GROUP = 38;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_GROUP__OPERATOR = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Operands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_GROUP__OPERANDS = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Condition Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_GROUP_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Condition Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_GROUP_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.EvidenceStatusConditionImpl <em>Evidence Status Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.EvidenceStatusConditionImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getEvidenceStatusCondition()
	 * @generated
	 */
	int EVIDENCE_STATUS_CONDITION = 39;

	/**
	 * The feature id for the '<em><b>Data Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_STATUS_CONDITION__DATA_ITEM = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_STATUS_CONDITION__STATUS = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Evidence Status Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_STATUS_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Evidence Status Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_STATUS_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.AssetStatusConditionImpl <em>Asset Status Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.AssetStatusConditionImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getAssetStatusCondition()
	 * @generated
	 */
	int ASSET_STATUS_CONDITION = 40;

	/**
	 * The feature id for the '<em><b>Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_STATUS_CONDITION__ASSET = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_STATUS_CONDITION__STATUS = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Asset Status Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_STATUS_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Asset Status Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_STATUS_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.ActionTakenConditionImpl <em>Action Taken Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.ActionTakenConditionImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getActionTakenCondition()
	 * @generated
	 */
	int ACTION_TAKEN_CONDITION = 41;

	/**
	 * The feature id for the '<em><b>Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_TAKEN_CONDITION__ACTION = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Action Taken Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_TAKEN_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Action Taken Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_TAKEN_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.TimeConditionImpl <em>Time Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.TimeConditionImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getTimeCondition()
	 * @generated
	 */
	int TIME_CONDITION = 42;

	/**
	 * The feature id for the '<em><b>After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_CONDITION__AFTER = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Time Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Time Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.FlagConditionImpl <em>Flag Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.FlagConditionImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getFlagCondition()
	 * @generated
	 */
	int FLAG_CONDITION = 43;

	/**
	 * The feature id for the '<em><b>Flag</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_CONDITION__FLAG = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Flag Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Flag Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.impl.RequestIncludesConditionImpl <em>Request Includes Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.RequestIncludesConditionImpl
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getRequestIncludesCondition()
	 * @generated
	 */
	int REQUEST_INCLUDES_CONDITION = 44;

	/**
	 * The feature id for the '<em><b>Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_INCLUDES_CONDITION__ACTION = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_INCLUDES_CONDITION__ELEMENTS = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Request Includes Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_INCLUDES_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Request Includes Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_INCLUDES_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.ConventionStatus <em>Convention Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.ConventionStatus
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getConventionStatus()
	 * @generated
	 */
	int CONVENTION_STATUS = 45;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.DeclarationKind <em>Declaration Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.DeclarationKind
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getDeclarationKind()
	 * @generated
	 */
	int DECLARATION_KIND = 46;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.PenaltyKind <em>Penalty Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.PenaltyKind
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getPenaltyKind()
	 * @generated
	 */
	int PENALTY_KIND = 47;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.AuthorityKind <em>Authority Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.AuthorityKind
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getAuthorityKind()
	 * @generated
	 */
	int AUTHORITY_KIND = 48;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.ProviderKind <em>Provider Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.ProviderKind
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getProviderKind()
	 * @generated
	 */
	int PROVIDER_KIND = 49;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.PersonRole <em>Person Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.PersonRole
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getPersonRole()
	 * @generated
	 */
	int PERSON_ROLE = 50;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.DataCategory <em>Data Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.DataCategory
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getDataCategory()
	 * @generated
	 */
	int DATA_CATEGORY = 51;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.EvidenceStatus <em>Evidence Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.EvidenceStatus
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getEvidenceStatus()
	 * @generated
	 */
	int EVIDENCE_STATUS = 52;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.AssetKind <em>Asset Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.AssetKind
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getAssetKind()
	 * @generated
	 */
	int ASSET_KIND = 53;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.AssetStatus <em>Asset Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.AssetStatus
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getAssetStatus()
	 * @generated
	 */
	int ASSET_STATUS = 54;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.Difficulty <em>Difficulty</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.Difficulty
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getDifficulty()
	 * @generated
	 */
	int DIFFICULTY = 55;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.TraineeRole <em>Trainee Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.TraineeRole
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getTraineeRole()
	 * @generated
	 */
	int TRAINEE_ROLE = 56;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.Instrument <em>Instrument</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.Instrument
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getInstrument()
	 * @generated
	 */
	int INSTRUMENT = 57;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.Channel <em>Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.Channel
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 58;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.LegalBasis <em>Legal Basis</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.LegalBasis
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getLegalBasis()
	 * @generated
	 */
	int LEGAL_BASIS = 59;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.Urgency <em>Urgency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.Urgency
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getUrgency()
	 * @generated
	 */
	int URGENCY = 60;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.Verdict <em>Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.Verdict
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 61;

	/**
	 * The meta object id for the '{@link org.rogatory.model.scenario.LogicalOperator <em>Logical Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.LogicalOperator
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getLogicalOperator()
	 * @generated
	 */
	int LOGICAL_OPERATOR = 62;

	/**
	 * The meta object id for the '<em>Identifier</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getIdentifier()
	 * @generated
	 */
	int IDENTIFIER = 63;

	/**
	 * The meta object id for the '<em>Key</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getKey()
	 * @generated
	 */
	int KEY = 64;

	/**
	 * The meta object id for the '<em>Citation</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getCitation()
	 * @generated
	 */
	int CITATION = 65;

	/**
	 * The meta object id for the '<em>Iso Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getIsoDate()
	 * @generated
	 */
	int ISO_DATE = 66;

	/**
	 * The meta object id for the '<em>Iso Date Time</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getIsoDateTime()
	 * @generated
	 */
	int ISO_DATE_TIME = 67;

	/**
	 * The meta object id for the '<em>Language Tag</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getLanguageTag()
	 * @generated
	 */
	int LANGUAGE_TAG = 68;

	/**
	 * The meta object id for the '<em>Version</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getVersion()
	 * @generated
	 */
	int VERSION = 69;

	/**
	 * The meta object id for the '<em>Minutes</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getMinutes()
	 * @generated
	 */
	int MINUTES = 70;

	/**
	 * The meta object id for the '<em>Days</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getDays()
	 * @generated
	 */
	int DAYS = 71;

	/**
	 * The meta object id for the '<em>Months</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getMonths()
	 * @generated
	 */
	int MONTHS = 72;

	/**
	 * The meta object id for the '<em>Weight</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getWeight()
	 * @generated
	 */
	int WEIGHT = 73;


	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.rogatory.model.scenario.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.rogatory.model.scenario.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Discoverable <em>Discoverable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Discoverable</em>'.
	 * @see org.rogatory.model.scenario.Discoverable
	 * @generated
	 */
	EClass getDiscoverable();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Discoverable#isKnownAtStart <em>Known At Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Known At Start</em>'.
	 * @see org.rogatory.model.scenario.Discoverable#isKnownAtStart()
	 * @see #getDiscoverable()
	 * @generated
	 */
	EAttribute getDiscoverable_KnownAtStart();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Actor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor</em>'.
	 * @see org.rogatory.model.scenario.Actor
	 * @generated
	 */
	EClass getActor();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Actor#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rogatory.model.scenario.Actor#getName()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Actor#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.rogatory.model.scenario.Actor#getDescription()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Description();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence</em>'.
	 * @see org.rogatory.model.scenario.Evidence
	 * @generated
	 */
	EClass getEvidence();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Evidence#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rogatory.model.scenario.Evidence#getName()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Evidence#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.rogatory.model.scenario.Evidence#getDescription()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Description();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.Evidence#getHolder <em>Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Holder</em>'.
	 * @see org.rogatory.model.scenario.Evidence#getHolder()
	 * @see #getEvidence()
	 * @generated
	 */
	EReference getEvidence_Holder();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.Evidence#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Location</em>'.
	 * @see org.rogatory.model.scenario.Evidence#getLocation()
	 * @see #getEvidence()
	 * @generated
	 */
	EReference getEvidence_Location();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.model.scenario.Evidence#getRelatedOffences <em>Related Offences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Related Offences</em>'.
	 * @see org.rogatory.model.scenario.Evidence#getRelatedOffences()
	 * @see #getEvidence()
	 * @generated
	 */
	EReference getEvidence_RelatedOffences();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Pack <em>Pack</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pack</em>'.
	 * @see org.rogatory.model.scenario.Pack
	 * @generated
	 */
	EClass getPack();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Pack#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.rogatory.model.scenario.Pack#getVersion()
	 * @see #getPack()
	 * @generated
	 */
	EAttribute getPack_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Pack#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.rogatory.model.scenario.Pack#getTitle()
	 * @see #getPack()
	 * @generated
	 */
	EAttribute getPack_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Pack#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.rogatory.model.scenario.Pack#getDescription()
	 * @see #getPack()
	 * @generated
	 */
	EAttribute getPack_Description();

	/**
	 * Returns the meta object for the attribute list '{@link org.rogatory.model.scenario.Pack#getAuthors <em>Authors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Authors</em>'.
	 * @see org.rogatory.model.scenario.Pack#getAuthors()
	 * @see #getPack()
	 * @generated
	 */
	EAttribute getPack_Authors();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Pack#getLicence <em>Licence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Licence</em>'.
	 * @see org.rogatory.model.scenario.Pack#getLicence()
	 * @see #getPack()
	 * @generated
	 */
	EAttribute getPack_Licence();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Pack#getSourceLanguage <em>Source Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Language</em>'.
	 * @see org.rogatory.model.scenario.Pack#getSourceLanguage()
	 * @see #getPack()
	 * @generated
	 */
	EAttribute getPack_SourceLanguage();

	/**
	 * Returns the meta object for the attribute list '{@link org.rogatory.model.scenario.Pack#getLanguages <em>Languages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Languages</em>'.
	 * @see org.rogatory.model.scenario.Pack#getLanguages()
	 * @see #getPack()
	 * @generated
	 */
	EAttribute getPack_Languages();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Pack#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.rogatory.model.scenario.Pack#getFormatVersion()
	 * @see #getPack()
	 * @generated
	 */
	EAttribute getPack_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Pack#getMinRogatoryVersion <em>Min Rogatory Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Rogatory Version</em>'.
	 * @see org.rogatory.model.scenario.Pack#getMinRogatoryVersion()
	 * @see #getPack()
	 * @generated
	 */
	EAttribute getPack_MinRogatoryVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.Pack#getCast <em>Cast</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cast</em>'.
	 * @see org.rogatory.model.scenario.Pack#getCast()
	 * @see #getPack()
	 * @generated
	 */
	EReference getPack_Cast();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.Pack#getConducts <em>Conducts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conducts</em>'.
	 * @see org.rogatory.model.scenario.Pack#getConducts()
	 * @see #getPack()
	 * @generated
	 */
	EReference getPack_Conducts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.Pack#getRubrics <em>Rubrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rubrics</em>'.
	 * @see org.rogatory.model.scenario.Pack#getRubrics()
	 * @see #getPack()
	 * @generated
	 */
	EReference getPack_Rubrics();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.model.scenario.Pack#getScenarios <em>Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Scenarios</em>'.
	 * @see org.rogatory.model.scenario.Pack#getScenarios()
	 * @see #getPack()
	 * @generated
	 */
	EReference getPack_Scenarios();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.State <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>State</em>'.
	 * @see org.rogatory.model.scenario.State
	 * @generated
	 */
	EClass getState();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.State#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.rogatory.model.scenario.State#getCode()
	 * @see #getState()
	 * @generated
	 */
	EAttribute getState_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.State#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rogatory.model.scenario.State#getName()
	 * @see #getState()
	 * @generated
	 */
	EAttribute getState_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.State#isFictional <em>Fictional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fictional</em>'.
	 * @see org.rogatory.model.scenario.State#isFictional()
	 * @see #getState()
	 * @generated
	 */
	EAttribute getState_Fictional();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.State#getConventionStatus <em>Convention Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Convention Status</em>'.
	 * @see org.rogatory.model.scenario.State#getConventionStatus()
	 * @see #getState()
	 * @generated
	 */
	EAttribute getState_ConventionStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.State#getSignatureDate <em>Signature Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signature Date</em>'.
	 * @see org.rogatory.model.scenario.State#getSignatureDate()
	 * @see #getState()
	 * @generated
	 */
	EAttribute getState_SignatureDate();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.State#getRatificationDate <em>Ratification Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ratification Date</em>'.
	 * @see org.rogatory.model.scenario.State#getRatificationDate()
	 * @see #getState()
	 * @generated
	 */
	EAttribute getState_RatificationDate();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.State#getEntryIntoForceDate <em>Entry Into Force Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entry Into Force Date</em>'.
	 * @see org.rogatory.model.scenario.State#getEntryIntoForceDate()
	 * @see #getState()
	 * @generated
	 */
	EAttribute getState_EntryIntoForceDate();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.State#getDeclarations <em>Declarations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Declarations</em>'.
	 * @see org.rogatory.model.scenario.State#getDeclarations()
	 * @see #getState()
	 * @generated
	 */
	EReference getState_Declarations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.State#getAuthorities <em>Authorities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Authorities</em>'.
	 * @see org.rogatory.model.scenario.State#getAuthorities()
	 * @see #getState()
	 * @generated
	 */
	EReference getState_Authorities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.State#getCourts <em>Courts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Courts</em>'.
	 * @see org.rogatory.model.scenario.State#getCourts()
	 * @see #getState()
	 * @generated
	 */
	EReference getState_Courts();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.State#getCentralAuthority <em>Central Authority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Central Authority</em>'.
	 * @see org.rogatory.model.scenario.State#getCentralAuthority()
	 * @see #getState()
	 * @generated
	 */
	EReference getState_CentralAuthority();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.State#getExtraditionAuthority <em>Extradition Authority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Extradition Authority</em>'.
	 * @see org.rogatory.model.scenario.State#getExtraditionAuthority()
	 * @see #getState()
	 * @generated
	 */
	EReference getState_ExtraditionAuthority();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.State#getPointOfContact <em>Point Of Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Point Of Contact</em>'.
	 * @see org.rogatory.model.scenario.State#getPointOfContact()
	 * @see #getState()
	 * @generated
	 */
	EReference getState_PointOfContact();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.State#isExtraditesNationals <em>Extradites Nationals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extradites Nationals</em>'.
	 * @see org.rogatory.model.scenario.State#isExtraditesNationals()
	 * @see #getState()
	 * @generated
	 */
	EAttribute getState_ExtraditesNationals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.State#getDomesticOffences <em>Domestic Offences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Domestic Offences</em>'.
	 * @see org.rogatory.model.scenario.State#getDomesticOffences()
	 * @see #getState()
	 * @generated
	 */
	EReference getState_DomesticOffences();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Declaration <em>Declaration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Declaration</em>'.
	 * @see org.rogatory.model.scenario.Declaration
	 * @generated
	 */
	EClass getDeclaration();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Declaration#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rogatory.model.scenario.Declaration#getKind()
	 * @see #getDeclaration()
	 * @generated
	 */
	EAttribute getDeclaration_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Declaration#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see org.rogatory.model.scenario.Declaration#getTopic()
	 * @see #getDeclaration()
	 * @generated
	 */
	EAttribute getDeclaration_Topic();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Declaration#getArticle <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Article</em>'.
	 * @see org.rogatory.model.scenario.Declaration#getArticle()
	 * @see #getDeclaration()
	 * @generated
	 */
	EAttribute getDeclaration_Article();

	/**
	 * Returns the meta object for the attribute list '{@link org.rogatory.model.scenario.Declaration#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.rogatory.model.scenario.Declaration#getValues()
	 * @see #getDeclaration()
	 * @generated
	 */
	EAttribute getDeclaration_Values();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Declaration#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.rogatory.model.scenario.Declaration#getDate()
	 * @see #getDeclaration()
	 * @generated
	 */
	EAttribute getDeclaration_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Declaration#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.rogatory.model.scenario.Declaration#getSummary()
	 * @see #getDeclaration()
	 * @generated
	 */
	EAttribute getDeclaration_Summary();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.DomesticOffence <em>Domestic Offence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Domestic Offence</em>'.
	 * @see org.rogatory.model.scenario.DomesticOffence
	 * @generated
	 */
	EClass getDomesticOffence();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.DomesticOffence#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rogatory.model.scenario.DomesticOffence#getName()
	 * @see #getDomesticOffence()
	 * @generated
	 */
	EAttribute getDomesticOffence_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.DomesticOffence#getProvision <em>Provision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provision</em>'.
	 * @see org.rogatory.model.scenario.DomesticOffence#getProvision()
	 * @see #getDomesticOffence()
	 * @generated
	 */
	EAttribute getDomesticOffence_Provision();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.model.scenario.DomesticOffence#getConducts <em>Conducts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Conducts</em>'.
	 * @see org.rogatory.model.scenario.DomesticOffence#getConducts()
	 * @see #getDomesticOffence()
	 * @generated
	 */
	EReference getDomesticOffence_Conducts();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.DomesticOffence#getMaximumPenalty <em>Maximum Penalty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum Penalty</em>'.
	 * @see org.rogatory.model.scenario.DomesticOffence#getMaximumPenalty()
	 * @see #getDomesticOffence()
	 * @generated
	 */
	EAttribute getDomesticOffence_MaximumPenalty();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.DomesticOffence#getMaximumMonths <em>Maximum Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum Months</em>'.
	 * @see org.rogatory.model.scenario.DomesticOffence#getMaximumMonths()
	 * @see #getDomesticOffence()
	 * @generated
	 */
	EAttribute getDomesticOffence_MaximumMonths();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Conduct <em>Conduct</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conduct</em>'.
	 * @see org.rogatory.model.scenario.Conduct
	 * @generated
	 */
	EClass getConduct();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Conduct#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rogatory.model.scenario.Conduct#getName()
	 * @see #getConduct()
	 * @generated
	 */
	EAttribute getConduct_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Conduct#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.rogatory.model.scenario.Conduct#getDescription()
	 * @see #getConduct()
	 * @generated
	 */
	EAttribute getConduct_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Conduct#getConventionArticle <em>Convention Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Convention Article</em>'.
	 * @see org.rogatory.model.scenario.Conduct#getConventionArticle()
	 * @see #getConduct()
	 * @generated
	 */
	EAttribute getConduct_ConventionArticle();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Authority <em>Authority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Authority</em>'.
	 * @see org.rogatory.model.scenario.Authority
	 * @generated
	 */
	EClass getAuthority();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Authority#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rogatory.model.scenario.Authority#getKind()
	 * @see #getAuthority()
	 * @generated
	 */
	EAttribute getAuthority_Kind();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Court <em>Court</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Court</em>'.
	 * @see org.rogatory.model.scenario.Court
	 * @generated
	 */
	EClass getCourt();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Rubric <em>Rubric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rubric</em>'.
	 * @see org.rogatory.model.scenario.Rubric
	 * @generated
	 */
	EClass getRubric();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Rubric#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rogatory.model.scenario.Rubric#getName()
	 * @see #getRubric()
	 * @generated
	 */
	EAttribute getRubric_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.Rubric#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see org.rogatory.model.scenario.Rubric#getCriteria()
	 * @see #getRubric()
	 * @generated
	 */
	EReference getRubric_Criteria();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Criterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criterion</em>'.
	 * @see org.rogatory.model.scenario.Criterion
	 * @generated
	 */
	EClass getCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Criterion#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.rogatory.model.scenario.Criterion#getLabel()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Criterion#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.rogatory.model.scenario.Criterion#getDescription()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Criterion#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.rogatory.model.scenario.Criterion#getWeight()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Weight();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.rogatory.model.scenario.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Scenario#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getTitle()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Scenario#getBriefing <em>Briefing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Briefing</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getBriefing()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Briefing();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.Scenario#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objectives</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getObjectives()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Objectives();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Scenario#getDifficulty <em>Difficulty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Difficulty</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getDifficulty()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Difficulty();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Scenario#getExpectedDuration <em>Expected Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Duration</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getExpectedDuration()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_ExpectedDuration();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Scenario#getTraineeRole <em>Trainee Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trainee Role</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getTraineeRole()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_TraineeRole();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.Scenario#getHomeState <em>Home State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Home State</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getHomeState()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_HomeState();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.Scenario#getTraineeAuthority <em>Trainee Authority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Trainee Authority</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getTraineeAuthority()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_TraineeAuthority();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Scenario#getClockStart <em>Clock Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clock Start</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getClockStart()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_ClockStart();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Scenario#getTimeBudget <em>Time Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Budget</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getTimeBudget()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_TimeBudget();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.model.scenario.Scenario#getCast <em>Cast</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Cast</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getCast()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Cast();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.Scenario#getRubric <em>Rubric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Rubric</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getRubric()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Rubric();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.Scenario#getProviders <em>Providers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Providers</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getProviders()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Providers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.Scenario#getPersons <em>Persons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Persons</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getPersons()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Persons();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.Scenario#getOffences <em>Offences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Offences</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getOffences()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Offences();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.Scenario#getDataItems <em>Data Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Items</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getDataItems()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_DataItems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.Scenario#getAssets <em>Assets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assets</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getAssets()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Assets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.Scenario#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Flags</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getFlags()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Flags();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.Scenario#getDecisionPoints <em>Decision Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decision Points</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getDecisionPoints()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_DecisionPoints();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.Scenario#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Start</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getStart()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Start();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.Scenario#getTimedEvents <em>Timed Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Timed Events</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getTimedEvents()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_TimedEvents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.Scenario#getReferencePath <em>Reference Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reference Path</em>'.
	 * @see org.rogatory.model.scenario.Scenario#getReferencePath()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_ReferencePath();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.LearningObjective <em>Learning Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Learning Objective</em>'.
	 * @see org.rogatory.model.scenario.LearningObjective
	 * @generated
	 */
	EClass getLearningObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.LearningObjective#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.rogatory.model.scenario.LearningObjective#getText()
	 * @see #getLearningObjective()
	 * @generated
	 */
	EAttribute getLearningObjective_Text();

	/**
	 * Returns the meta object for the attribute list '{@link org.rogatory.model.scenario.LearningObjective#getArticles <em>Articles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Articles</em>'.
	 * @see org.rogatory.model.scenario.LearningObjective#getArticles()
	 * @see #getLearningObjective()
	 * @generated
	 */
	EAttribute getLearningObjective_Articles();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.ServiceProvider <em>Service Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Provider</em>'.
	 * @see org.rogatory.model.scenario.ServiceProvider
	 * @generated
	 */
	EClass getServiceProvider();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.ServiceProvider#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rogatory.model.scenario.ServiceProvider#getKind()
	 * @see #getServiceProvider()
	 * @generated
	 */
	EAttribute getServiceProvider_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.ServiceProvider#getEstablishedIn <em>Established In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Established In</em>'.
	 * @see org.rogatory.model.scenario.ServiceProvider#getEstablishedIn()
	 * @see #getServiceProvider()
	 * @generated
	 */
	EReference getServiceProvider_EstablishedIn();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.model.scenario.ServiceProvider#getOffersServicesIn <em>Offers Services In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Offers Services In</em>'.
	 * @see org.rogatory.model.scenario.ServiceProvider#getOffersServicesIn()
	 * @see #getServiceProvider()
	 * @generated
	 */
	EReference getServiceProvider_OffersServicesIn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.ServiceProvider#getRetentionPolicies <em>Retention Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Retention Policies</em>'.
	 * @see org.rogatory.model.scenario.ServiceProvider#getRetentionPolicies()
	 * @see #getServiceProvider()
	 * @generated
	 */
	EReference getServiceProvider_RetentionPolicies();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.RetentionPolicy <em>Retention Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Retention Policy</em>'.
	 * @see org.rogatory.model.scenario.RetentionPolicy
	 * @generated
	 */
	EClass getRetentionPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.RetentionPolicy#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.rogatory.model.scenario.RetentionPolicy#getCategory()
	 * @see #getRetentionPolicy()
	 * @generated
	 */
	EAttribute getRetentionPolicy_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.RetentionPolicy#getDays <em>Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Days</em>'.
	 * @see org.rogatory.model.scenario.RetentionPolicy#getDays()
	 * @see #getRetentionPolicy()
	 * @generated
	 */
	EAttribute getRetentionPolicy_Days();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.rogatory.model.scenario.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute list '{@link org.rogatory.model.scenario.Person#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Roles</em>'.
	 * @see org.rogatory.model.scenario.Person#getRoles()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Roles();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.model.scenario.Person#getNationalities <em>Nationalities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Nationalities</em>'.
	 * @see org.rogatory.model.scenario.Person#getNationalities()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Nationalities();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.Person#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Location</em>'.
	 * @see org.rogatory.model.scenario.Person#getLocation()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Person#isLegalPerson <em>Legal Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Person</em>'.
	 * @see org.rogatory.model.scenario.Person#isLegalPerson()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_LegalPerson();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.DataItem <em>Data Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Item</em>'.
	 * @see org.rogatory.model.scenario.DataItem
	 * @generated
	 */
	EClass getDataItem();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.DataItem#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.rogatory.model.scenario.DataItem#getCategory()
	 * @see #getDataItem()
	 * @generated
	 */
	EAttribute getDataItem_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.DataItem#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rogatory.model.scenario.DataItem#getStatus()
	 * @see #getDataItem()
	 * @generated
	 */
	EAttribute getDataItem_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.DataItem#getDeletionAt <em>Deletion At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deletion At</em>'.
	 * @see org.rogatory.model.scenario.DataItem#getDeletionAt()
	 * @see #getDataItem()
	 * @generated
	 */
	EAttribute getDataItem_DeletionAt();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Asset <em>Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Asset</em>'.
	 * @see org.rogatory.model.scenario.Asset
	 * @generated
	 */
	EClass getAsset();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Asset#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rogatory.model.scenario.Asset#getKind()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Asset#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rogatory.model.scenario.Asset#getStatus()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Asset#getEstimatedValue <em>Estimated Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimated Value</em>'.
	 * @see org.rogatory.model.scenario.Asset#getEstimatedValue()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_EstimatedValue();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Asset#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.rogatory.model.scenario.Asset#getCurrency()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Currency();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Offence <em>Offence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Offence</em>'.
	 * @see org.rogatory.model.scenario.Offence
	 * @generated
	 */
	EClass getOffence();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Offence#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rogatory.model.scenario.Offence#getName()
	 * @see #getOffence()
	 * @generated
	 */
	EAttribute getOffence_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Offence#getFacts <em>Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Facts</em>'.
	 * @see org.rogatory.model.scenario.Offence#getFacts()
	 * @see #getOffence()
	 * @generated
	 */
	EAttribute getOffence_Facts();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.Offence#getConduct <em>Conduct</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Conduct</em>'.
	 * @see org.rogatory.model.scenario.Offence#getConduct()
	 * @see #getOffence()
	 * @generated
	 */
	EReference getOffence_Conduct();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.model.scenario.Offence#getCommittedIn <em>Committed In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Committed In</em>'.
	 * @see org.rogatory.model.scenario.Offence#getCommittedIn()
	 * @see #getOffence()
	 * @generated
	 */
	EReference getOffence_CommittedIn();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.model.scenario.Offence#getSuspects <em>Suspects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Suspects</em>'.
	 * @see org.rogatory.model.scenario.Offence#getSuspects()
	 * @see #getOffence()
	 * @generated
	 */
	EReference getOffence_Suspects();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Flag <em>Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flag</em>'.
	 * @see org.rogatory.model.scenario.Flag
	 * @generated
	 */
	EClass getFlag();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Flag#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.rogatory.model.scenario.Flag#getNote()
	 * @see #getFlag()
	 * @generated
	 */
	EAttribute getFlag_Note();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.DecisionPoint <em>Decision Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision Point</em>'.
	 * @see org.rogatory.model.scenario.DecisionPoint
	 * @generated
	 */
	EClass getDecisionPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.DecisionPoint#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.rogatory.model.scenario.DecisionPoint#getTitle()
	 * @see #getDecisionPoint()
	 * @generated
	 */
	EAttribute getDecisionPoint_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.DecisionPoint#getNarrative <em>Narrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Narrative</em>'.
	 * @see org.rogatory.model.scenario.DecisionPoint#getNarrative()
	 * @see #getDecisionPoint()
	 * @generated
	 */
	EAttribute getDecisionPoint_Narrative();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.DecisionPoint#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.rogatory.model.scenario.DecisionPoint#getActions()
	 * @see #getDecisionPoint()
	 * @generated
	 */
	EReference getDecisionPoint_Actions();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action</em>'.
	 * @see org.rogatory.model.scenario.Action
	 * @generated
	 */
	EClass getAction();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Action#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.rogatory.model.scenario.Action#getLabel()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Action#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.rogatory.model.scenario.Action#getDescription()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Action#getInstrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instrument</em>'.
	 * @see org.rogatory.model.scenario.Action#getInstrument()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Instrument();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.Action#getTargetState <em>Target State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target State</em>'.
	 * @see org.rogatory.model.scenario.Action#getTargetState()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_TargetState();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.Action#getAddressee <em>Addressee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Addressee</em>'.
	 * @see org.rogatory.model.scenario.Action#getAddressee()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Addressee();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Action#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.rogatory.model.scenario.Action#getChannel()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Action#getLegalBasis <em>Legal Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Basis</em>'.
	 * @see org.rogatory.model.scenario.Action#getLegalBasis()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_LegalBasis();

	/**
	 * Returns the meta object for the attribute list '{@link org.rogatory.model.scenario.Action#getInvokedArticles <em>Invoked Articles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Invoked Articles</em>'.
	 * @see org.rogatory.model.scenario.Action#getInvokedArticles()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_InvokedArticles();

	/**
	 * Returns the meta object for the attribute list '{@link org.rogatory.model.scenario.Action#getRequestElements <em>Request Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Request Elements</em>'.
	 * @see org.rogatory.model.scenario.Action#getRequestElements()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_RequestElements();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Action#isTraineeDrafts <em>Trainee Drafts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trainee Drafts</em>'.
	 * @see org.rogatory.model.scenario.Action#isTraineeDrafts()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_TraineeDrafts();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.model.scenario.Action#getOffences <em>Offences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Offences</em>'.
	 * @see org.rogatory.model.scenario.Action#getOffences()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Offences();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.model.scenario.Action#getDataItems <em>Data Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Data Items</em>'.
	 * @see org.rogatory.model.scenario.Action#getDataItems()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_DataItems();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.model.scenario.Action#getAssets <em>Assets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Assets</em>'.
	 * @see org.rogatory.model.scenario.Action#getAssets()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Assets();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.model.scenario.Action#getPersons <em>Persons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Persons</em>'.
	 * @see org.rogatory.model.scenario.Action#getPersons()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Persons();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Action#getUrgency <em>Urgency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Urgency</em>'.
	 * @see org.rogatory.model.scenario.Action#getUrgency()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Urgency();

	/**
	 * Returns the meta object for the attribute list '{@link org.rogatory.model.scenario.Action#getGrounds <em>Grounds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Grounds</em>'.
	 * @see org.rogatory.model.scenario.Action#getGrounds()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Grounds();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Action#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.rogatory.model.scenario.Action#getCost()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Cost();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Action#isRepeatable <em>Repeatable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repeatable</em>'.
	 * @see org.rogatory.model.scenario.Action#isRepeatable()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Repeatable();

	/**
	 * Returns the meta object for the containment reference '{@link org.rogatory.model.scenario.Action#getAvailableWhen <em>Available When</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Available When</em>'.
	 * @see org.rogatory.model.scenario.Action#getAvailableWhen()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_AvailableWhen();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.Action#getConsequences <em>Consequences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Consequences</em>'.
	 * @see org.rogatory.model.scenario.Action#getConsequences()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Consequences();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.model.scenario.Action#getNext <em>Next</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Next</em>'.
	 * @see org.rogatory.model.scenario.Action#getNext()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Next();

	/**
	 * Returns the meta object for the containment reference '{@link org.rogatory.model.scenario.Action#getFeedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Feedback</em>'.
	 * @see org.rogatory.model.scenario.Action#getFeedback()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Feedback();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Feedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feedback</em>'.
	 * @see org.rogatory.model.scenario.Feedback
	 * @generated
	 */
	EClass getFeedback();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Feedback#getExplanation <em>Explanation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Explanation</em>'.
	 * @see org.rogatory.model.scenario.Feedback#getExplanation()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Explanation();

	/**
	 * Returns the meta object for the attribute list '{@link org.rogatory.model.scenario.Feedback#getCitations <em>Citations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Citations</em>'.
	 * @see org.rogatory.model.scenario.Feedback#getCitations()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Citations();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Feedback#getExpectedVerdict <em>Expected Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Verdict</em>'.
	 * @see org.rogatory.model.scenario.Feedback#getExpectedVerdict()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_ExpectedVerdict();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.ReferenceStep <em>Reference Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reference Step</em>'.
	 * @see org.rogatory.model.scenario.ReferenceStep
	 * @generated
	 */
	EClass getReferenceStep();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.ReferenceStep#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Action</em>'.
	 * @see org.rogatory.model.scenario.ReferenceStep#getAction()
	 * @see #getReferenceStep()
	 * @generated
	 */
	EReference getReferenceStep_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.ReferenceStep#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.rogatory.model.scenario.ReferenceStep#getRationale()
	 * @see #getReferenceStep()
	 * @generated
	 */
	EAttribute getReferenceStep_Rationale();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.TimedEvent <em>Timed Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Timed Event</em>'.
	 * @see org.rogatory.model.scenario.TimedEvent
	 * @generated
	 */
	EClass getTimedEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.TimedEvent#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.rogatory.model.scenario.TimedEvent#getTitle()
	 * @see #getTimedEvent()
	 * @generated
	 */
	EAttribute getTimedEvent_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.TimedEvent#getNarrative <em>Narrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Narrative</em>'.
	 * @see org.rogatory.model.scenario.TimedEvent#getNarrative()
	 * @see #getTimedEvent()
	 * @generated
	 */
	EAttribute getTimedEvent_Narrative();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.TimedEvent#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.rogatory.model.scenario.TimedEvent#getAt()
	 * @see #getTimedEvent()
	 * @generated
	 */
	EAttribute getTimedEvent_At();

	/**
	 * Returns the meta object for the containment reference '{@link org.rogatory.model.scenario.TimedEvent#getWhen <em>When</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>When</em>'.
	 * @see org.rogatory.model.scenario.TimedEvent#getWhen()
	 * @see #getTimedEvent()
	 * @generated
	 */
	EReference getTimedEvent_When();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.TimedEvent#getConsequences <em>Consequences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Consequences</em>'.
	 * @see org.rogatory.model.scenario.TimedEvent#getConsequences()
	 * @see #getTimedEvent()
	 * @generated
	 */
	EReference getTimedEvent_Consequences();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Consequence <em>Consequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consequence</em>'.
	 * @see org.rogatory.model.scenario.Consequence
	 * @generated
	 */
	EClass getConsequence();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Consequence#getDelay <em>Delay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delay</em>'.
	 * @see org.rogatory.model.scenario.Consequence#getDelay()
	 * @see #getConsequence()
	 * @generated
	 */
	EAttribute getConsequence_Delay();

	/**
	 * Returns the meta object for the containment reference '{@link org.rogatory.model.scenario.Consequence#getOnlyIf <em>Only If</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Only If</em>'.
	 * @see org.rogatory.model.scenario.Consequence#getOnlyIf()
	 * @see #getConsequence()
	 * @generated
	 */
	EReference getConsequence_OnlyIf();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.EvidenceStatusChange <em>Evidence Status Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence Status Change</em>'.
	 * @see org.rogatory.model.scenario.EvidenceStatusChange
	 * @generated
	 */
	EClass getEvidenceStatusChange();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.model.scenario.EvidenceStatusChange#getDataItems <em>Data Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Data Items</em>'.
	 * @see org.rogatory.model.scenario.EvidenceStatusChange#getDataItems()
	 * @see #getEvidenceStatusChange()
	 * @generated
	 */
	EReference getEvidenceStatusChange_DataItems();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.EvidenceStatusChange#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rogatory.model.scenario.EvidenceStatusChange#getStatus()
	 * @see #getEvidenceStatusChange()
	 * @generated
	 */
	EAttribute getEvidenceStatusChange_Status();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.AssetStatusChange <em>Asset Status Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Asset Status Change</em>'.
	 * @see org.rogatory.model.scenario.AssetStatusChange
	 * @generated
	 */
	EClass getAssetStatusChange();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.model.scenario.AssetStatusChange#getAssets <em>Assets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Assets</em>'.
	 * @see org.rogatory.model.scenario.AssetStatusChange#getAssets()
	 * @see #getAssetStatusChange()
	 * @generated
	 */
	EReference getAssetStatusChange_Assets();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.AssetStatusChange#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rogatory.model.scenario.AssetStatusChange#getStatus()
	 * @see #getAssetStatusChange()
	 * @generated
	 */
	EAttribute getAssetStatusChange_Status();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Reveal <em>Reveal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reveal</em>'.
	 * @see org.rogatory.model.scenario.Reveal
	 * @generated
	 */
	EClass getReveal();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.model.scenario.Reveal#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Targets</em>'.
	 * @see org.rogatory.model.scenario.Reveal#getTargets()
	 * @see #getReveal()
	 * @generated
	 */
	EReference getReveal_Targets();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Message <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Message</em>'.
	 * @see org.rogatory.model.scenario.Message
	 * @generated
	 */
	EClass getMessage();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.Message#getSender <em>Sender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Sender</em>'.
	 * @see org.rogatory.model.scenario.Message#getSender()
	 * @see #getMessage()
	 * @generated
	 */
	EReference getMessage_Sender();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Message#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.rogatory.model.scenario.Message#getSubject()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.Message#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.rogatory.model.scenario.Message#getText()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Text();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.SetFlag <em>Set Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Set Flag</em>'.
	 * @see org.rogatory.model.scenario.SetFlag
	 * @generated
	 */
	EClass getSetFlag();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.SetFlag#getFlag <em>Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Flag</em>'.
	 * @see org.rogatory.model.scenario.SetFlag#getFlag()
	 * @see #getSetFlag()
	 * @generated
	 */
	EReference getSetFlag_Flag();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.SetFlag#isValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.rogatory.model.scenario.SetFlag#isValue()
	 * @see #getSetFlag()
	 * @generated
	 */
	EAttribute getSetFlag_Value();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.OpenDecisionPoint <em>Open Decision Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Open Decision Point</em>'.
	 * @see org.rogatory.model.scenario.OpenDecisionPoint
	 * @generated
	 */
	EClass getOpenDecisionPoint();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.model.scenario.OpenDecisionPoint#getDecisionPoints <em>Decision Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Decision Points</em>'.
	 * @see org.rogatory.model.scenario.OpenDecisionPoint#getDecisionPoints()
	 * @see #getOpenDecisionPoint()
	 * @generated
	 */
	EReference getOpenDecisionPoint_DecisionPoints();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.CloseDecisionPoint <em>Close Decision Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Close Decision Point</em>'.
	 * @see org.rogatory.model.scenario.CloseDecisionPoint
	 * @generated
	 */
	EClass getCloseDecisionPoint();

	/**
	 * Returns the meta object for the reference list '{@link org.rogatory.model.scenario.CloseDecisionPoint#getDecisionPoints <em>Decision Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Decision Points</em>'.
	 * @see org.rogatory.model.scenario.CloseDecisionPoint#getDecisionPoints()
	 * @see #getCloseDecisionPoint()
	 * @generated
	 */
	EReference getCloseDecisionPoint_DecisionPoints();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.ScoreEffect <em>Score Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score Effect</em>'.
	 * @see org.rogatory.model.scenario.ScoreEffect
	 * @generated
	 */
	EClass getScoreEffect();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.ScoreEffect#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Criterion</em>'.
	 * @see org.rogatory.model.scenario.ScoreEffect#getCriterion()
	 * @see #getScoreEffect()
	 * @generated
	 */
	EReference getScoreEffect_Criterion();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.ScoreEffect#getDelta <em>Delta</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delta</em>'.
	 * @see org.rogatory.model.scenario.ScoreEffect#getDelta()
	 * @see #getScoreEffect()
	 * @generated
	 */
	EAttribute getScoreEffect_Delta();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.EndScenario <em>End Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>End Scenario</em>'.
	 * @see org.rogatory.model.scenario.EndScenario
	 * @generated
	 */
	EClass getEndScenario();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.EndScenario#getEpilogue <em>Epilogue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epilogue</em>'.
	 * @see org.rogatory.model.scenario.EndScenario#getEpilogue()
	 * @see #getEndScenario()
	 * @generated
	 */
	EAttribute getEndScenario_Epilogue();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Condition</em>'.
	 * @see org.rogatory.model.scenario.Condition
	 * @generated
	 */
	EClass getCondition();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.ConditionGroup <em>Condition Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Condition Group</em>'.
	 * @see org.rogatory.model.scenario.ConditionGroup
	 * @generated
	 */
	EClass getConditionGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.ConditionGroup#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.rogatory.model.scenario.ConditionGroup#getOperator()
	 * @see #getConditionGroup()
	 * @generated
	 */
	EAttribute getConditionGroup_Operator();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rogatory.model.scenario.ConditionGroup#getOperands <em>Operands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operands</em>'.
	 * @see org.rogatory.model.scenario.ConditionGroup#getOperands()
	 * @see #getConditionGroup()
	 * @generated
	 */
	EReference getConditionGroup_Operands();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.EvidenceStatusCondition <em>Evidence Status Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence Status Condition</em>'.
	 * @see org.rogatory.model.scenario.EvidenceStatusCondition
	 * @generated
	 */
	EClass getEvidenceStatusCondition();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.EvidenceStatusCondition#getDataItem <em>Data Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Data Item</em>'.
	 * @see org.rogatory.model.scenario.EvidenceStatusCondition#getDataItem()
	 * @see #getEvidenceStatusCondition()
	 * @generated
	 */
	EReference getEvidenceStatusCondition_DataItem();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.EvidenceStatusCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rogatory.model.scenario.EvidenceStatusCondition#getStatus()
	 * @see #getEvidenceStatusCondition()
	 * @generated
	 */
	EAttribute getEvidenceStatusCondition_Status();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.AssetStatusCondition <em>Asset Status Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Asset Status Condition</em>'.
	 * @see org.rogatory.model.scenario.AssetStatusCondition
	 * @generated
	 */
	EClass getAssetStatusCondition();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.AssetStatusCondition#getAsset <em>Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Asset</em>'.
	 * @see org.rogatory.model.scenario.AssetStatusCondition#getAsset()
	 * @see #getAssetStatusCondition()
	 * @generated
	 */
	EReference getAssetStatusCondition_Asset();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.AssetStatusCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rogatory.model.scenario.AssetStatusCondition#getStatus()
	 * @see #getAssetStatusCondition()
	 * @generated
	 */
	EAttribute getAssetStatusCondition_Status();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.ActionTakenCondition <em>Action Taken Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action Taken Condition</em>'.
	 * @see org.rogatory.model.scenario.ActionTakenCondition
	 * @generated
	 */
	EClass getActionTakenCondition();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.ActionTakenCondition#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Action</em>'.
	 * @see org.rogatory.model.scenario.ActionTakenCondition#getAction()
	 * @see #getActionTakenCondition()
	 * @generated
	 */
	EReference getActionTakenCondition_Action();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.TimeCondition <em>Time Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Time Condition</em>'.
	 * @see org.rogatory.model.scenario.TimeCondition
	 * @generated
	 */
	EClass getTimeCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.rogatory.model.scenario.TimeCondition#getAfter <em>After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>After</em>'.
	 * @see org.rogatory.model.scenario.TimeCondition#getAfter()
	 * @see #getTimeCondition()
	 * @generated
	 */
	EAttribute getTimeCondition_After();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.FlagCondition <em>Flag Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flag Condition</em>'.
	 * @see org.rogatory.model.scenario.FlagCondition
	 * @generated
	 */
	EClass getFlagCondition();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.FlagCondition#getFlag <em>Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Flag</em>'.
	 * @see org.rogatory.model.scenario.FlagCondition#getFlag()
	 * @see #getFlagCondition()
	 * @generated
	 */
	EReference getFlagCondition_Flag();

	/**
	 * Returns the meta object for class '{@link org.rogatory.model.scenario.RequestIncludesCondition <em>Request Includes Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Request Includes Condition</em>'.
	 * @see org.rogatory.model.scenario.RequestIncludesCondition
	 * @generated
	 */
	EClass getRequestIncludesCondition();

	/**
	 * Returns the meta object for the reference '{@link org.rogatory.model.scenario.RequestIncludesCondition#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Action</em>'.
	 * @see org.rogatory.model.scenario.RequestIncludesCondition#getAction()
	 * @see #getRequestIncludesCondition()
	 * @generated
	 */
	EReference getRequestIncludesCondition_Action();

	/**
	 * Returns the meta object for the attribute list '{@link org.rogatory.model.scenario.RequestIncludesCondition#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Elements</em>'.
	 * @see org.rogatory.model.scenario.RequestIncludesCondition#getElements()
	 * @see #getRequestIncludesCondition()
	 * @generated
	 */
	EAttribute getRequestIncludesCondition_Elements();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.model.scenario.ConventionStatus <em>Convention Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Convention Status</em>'.
	 * @see org.rogatory.model.scenario.ConventionStatus
	 * @generated
	 */
	EEnum getConventionStatus();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.model.scenario.DeclarationKind <em>Declaration Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Declaration Kind</em>'.
	 * @see org.rogatory.model.scenario.DeclarationKind
	 * @generated
	 */
	EEnum getDeclarationKind();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.model.scenario.PenaltyKind <em>Penalty Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Penalty Kind</em>'.
	 * @see org.rogatory.model.scenario.PenaltyKind
	 * @generated
	 */
	EEnum getPenaltyKind();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.model.scenario.AuthorityKind <em>Authority Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Authority Kind</em>'.
	 * @see org.rogatory.model.scenario.AuthorityKind
	 * @generated
	 */
	EEnum getAuthorityKind();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.model.scenario.ProviderKind <em>Provider Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Provider Kind</em>'.
	 * @see org.rogatory.model.scenario.ProviderKind
	 * @generated
	 */
	EEnum getProviderKind();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.model.scenario.PersonRole <em>Person Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Person Role</em>'.
	 * @see org.rogatory.model.scenario.PersonRole
	 * @generated
	 */
	EEnum getPersonRole();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.model.scenario.DataCategory <em>Data Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Category</em>'.
	 * @see org.rogatory.model.scenario.DataCategory
	 * @generated
	 */
	EEnum getDataCategory();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.model.scenario.EvidenceStatus <em>Evidence Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Status</em>'.
	 * @see org.rogatory.model.scenario.EvidenceStatus
	 * @generated
	 */
	EEnum getEvidenceStatus();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.model.scenario.AssetKind <em>Asset Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Asset Kind</em>'.
	 * @see org.rogatory.model.scenario.AssetKind
	 * @generated
	 */
	EEnum getAssetKind();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.model.scenario.AssetStatus <em>Asset Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Asset Status</em>'.
	 * @see org.rogatory.model.scenario.AssetStatus
	 * @generated
	 */
	EEnum getAssetStatus();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.model.scenario.Difficulty <em>Difficulty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Difficulty</em>'.
	 * @see org.rogatory.model.scenario.Difficulty
	 * @generated
	 */
	EEnum getDifficulty();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.model.scenario.TraineeRole <em>Trainee Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Trainee Role</em>'.
	 * @see org.rogatory.model.scenario.TraineeRole
	 * @generated
	 */
	EEnum getTraineeRole();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.model.scenario.Instrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Instrument</em>'.
	 * @see org.rogatory.model.scenario.Instrument
	 * @generated
	 */
	EEnum getInstrument();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.model.scenario.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel</em>'.
	 * @see org.rogatory.model.scenario.Channel
	 * @generated
	 */
	EEnum getChannel();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.model.scenario.LegalBasis <em>Legal Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Legal Basis</em>'.
	 * @see org.rogatory.model.scenario.LegalBasis
	 * @generated
	 */
	EEnum getLegalBasis();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.model.scenario.Urgency <em>Urgency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Urgency</em>'.
	 * @see org.rogatory.model.scenario.Urgency
	 * @generated
	 */
	EEnum getUrgency();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.model.scenario.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verdict</em>'.
	 * @see org.rogatory.model.scenario.Verdict
	 * @generated
	 */
	EEnum getVerdict();

	/**
	 * Returns the meta object for enum '{@link org.rogatory.model.scenario.LogicalOperator <em>Logical Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Logical Operator</em>'.
	 * @see org.rogatory.model.scenario.LogicalOperator
	 * @generated
	 */
	EEnum getLogicalOperator();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A stable element id: a letter, then letters, digits, '_' or '-'. No dots or spaces, because ids are the first part of translation keys (<id>.<feature>) and appear in XMI references.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Identifier</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Identifier' pattern='[A-Za-z][A-Za-z0-9_\\-]*'"
	 * @generated
	 */
	EDataType getIdentifier();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A lower-case, hyphenated key from a vocabulary the treaty knowledge base defines (request elements, declaration topics, refusal grounds), e.g. 'offence-and-facts'. Keys let the vocabulary grow without a change of this format; the pack validator checks that the knowledge base knows each key.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Key</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Key' pattern='[a-z0-9]+(\\-[a-z0-9]+)*'"
	 * @generated
	 */
	EDataType getKey();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A citation of the Convention in the form 'Art. 42', 'Art. 2(h)' or 'Art. 40(3)(a)'. The format is checked here; whether the article exists and whether its paragraph number is verified is checked against the treaty knowledge base (unverified paragraphs are shown at article level only).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Citation</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Citation' pattern='Art\\.\\s[1-9][0-9]?(\\([0-9a-z]+\\)){0,3}'"
	 * @generated
	 */
	EDataType getCitation();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Iso Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, ISO 8601 'yyyy-MM-dd'. Kept as text so that no time zone can shift it.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Iso Date</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='IsoDate' pattern='[0-9]{4}\\-[0-9]{2}\\-[0-9]{2}'"
	 * @generated
	 */
	EDataType getIsoDate();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Iso Date Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A local date and time, ISO 8601 'yyyy-MM-ddTHH:mm' (seconds optional, no zone): the wall-clock time in the trainee's home State. Only displayed; the engine itself counts minutes from the scenario start.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Iso Date Time</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='IsoDateTime' pattern='[0-9]{4}\\-[0-9]{2}\\-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?'"
	 * @generated
	 */
	EDataType getIsoDateTime();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Language Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A BCP 47 language tag such as 'en', 'fr' or 'ar-EG'; names the l10n properties files.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Language Tag</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='LanguageTag' pattern='[a-z]{2,3}(\\-[A-Za-z0-9]{2,8})*'"
	 * @generated
	 */
	EDataType getLanguageTag();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An OSGi-style version 'major.minor.micro.qualifier' (trailing parts optional), so packs order and compare like the plug-ins that ship them.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Version</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Version' pattern='[0-9]+(\\.[0-9]+(\\.[0-9]+(\\.[A-Za-z0-9_\\-]+)?)?)?'"
	 * @generated
	 */
	EDataType getVersion();

	/**
	 * Returns the meta object for data type '<em>Minutes</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A number of minutes (never negative). The single unit of the simulated clock: points in time are minutes since the scenario start, durations are minutes; integer minutes keep the engine deterministic. Also used for the expected real playing time.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Minutes</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='Minutes' minInclusive='0'"
	 * @generated
	 */
	EDataType getMinutes();

	/**
	 * Returns the meta object for data type '<em>Days</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A number of days (never negative); used for retention periods, the unit providers and laws state them in. The engine converts to minutes (1 day = 1440 minutes).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Days</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='Days' minInclusive='0'"
	 * @generated
	 */
	EDataType getDays();

	/**
	 * Returns the meta object for data type '<em>Months</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A number of months (never negative); used for maximum penalties so that the Convention's thresholds (one year for extradition, four years for serious crime) compare exactly.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Months</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='Months' minInclusive='0'"
	 * @generated
	 */
	EDataType getMonths();

	/**
	 * Returns the meta object for data type '<em>Weight</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A relative weight of a scoring criterion (never negative); the engine normalises weights to 100%.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Weight</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='Weight' minInclusive='0'"
	 * @generated
	 */
	EDataType getWeight();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ScenarioFactory getScenarioFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.IdentifiedImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.DiscoverableImpl <em>Discoverable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.DiscoverableImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getDiscoverable()
		 * @generated
		 */
		EClass DISCOVERABLE = eINSTANCE.getDiscoverable();

		/**
		 * The meta object literal for the '<em><b>Known At Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCOVERABLE__KNOWN_AT_START = eINSTANCE.getDiscoverable_KnownAtStart();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.ActorImpl <em>Actor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.ActorImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getActor()
		 * @generated
		 */
		EClass ACTOR = eINSTANCE.getActor();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__NAME = eINSTANCE.getActor_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__DESCRIPTION = eINSTANCE.getActor_Description();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.EvidenceImpl <em>Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.EvidenceImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getEvidence()
		 * @generated
		 */
		EClass EVIDENCE = eINSTANCE.getEvidence();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__NAME = eINSTANCE.getEvidence_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__DESCRIPTION = eINSTANCE.getEvidence_Description();

		/**
		 * The meta object literal for the '<em><b>Holder</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE__HOLDER = eINSTANCE.getEvidence_Holder();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE__LOCATION = eINSTANCE.getEvidence_Location();

		/**
		 * The meta object literal for the '<em><b>Related Offences</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE__RELATED_OFFENCES = eINSTANCE.getEvidence_RelatedOffences();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.PackImpl <em>Pack</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.PackImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getPack()
		 * @generated
		 */
		EClass PACK = eINSTANCE.getPack();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACK__VERSION = eINSTANCE.getPack_Version();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACK__TITLE = eINSTANCE.getPack_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACK__DESCRIPTION = eINSTANCE.getPack_Description();

		/**
		 * The meta object literal for the '<em><b>Authors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACK__AUTHORS = eINSTANCE.getPack_Authors();

		/**
		 * The meta object literal for the '<em><b>Licence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACK__LICENCE = eINSTANCE.getPack_Licence();

		/**
		 * The meta object literal for the '<em><b>Source Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACK__SOURCE_LANGUAGE = eINSTANCE.getPack_SourceLanguage();

		/**
		 * The meta object literal for the '<em><b>Languages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACK__LANGUAGES = eINSTANCE.getPack_Languages();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACK__FORMAT_VERSION = eINSTANCE.getPack_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Min Rogatory Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACK__MIN_ROGATORY_VERSION = eINSTANCE.getPack_MinRogatoryVersion();

		/**
		 * The meta object literal for the '<em><b>Cast</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PACK__CAST = eINSTANCE.getPack_Cast();

		/**
		 * The meta object literal for the '<em><b>Conducts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PACK__CONDUCTS = eINSTANCE.getPack_Conducts();

		/**
		 * The meta object literal for the '<em><b>Rubrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PACK__RUBRICS = eINSTANCE.getPack_Rubrics();

		/**
		 * The meta object literal for the '<em><b>Scenarios</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PACK__SCENARIOS = eINSTANCE.getPack_Scenarios();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.StateImpl <em>State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.StateImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getState()
		 * @generated
		 */
		EClass STATE = eINSTANCE.getState();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE__CODE = eINSTANCE.getState_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE__NAME = eINSTANCE.getState_Name();

		/**
		 * The meta object literal for the '<em><b>Fictional</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE__FICTIONAL = eINSTANCE.getState_Fictional();

		/**
		 * The meta object literal for the '<em><b>Convention Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE__CONVENTION_STATUS = eINSTANCE.getState_ConventionStatus();

		/**
		 * The meta object literal for the '<em><b>Signature Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE__SIGNATURE_DATE = eINSTANCE.getState_SignatureDate();

		/**
		 * The meta object literal for the '<em><b>Ratification Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE__RATIFICATION_DATE = eINSTANCE.getState_RatificationDate();

		/**
		 * The meta object literal for the '<em><b>Entry Into Force Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE__ENTRY_INTO_FORCE_DATE = eINSTANCE.getState_EntryIntoForceDate();

		/**
		 * The meta object literal for the '<em><b>Declarations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATE__DECLARATIONS = eINSTANCE.getState_Declarations();

		/**
		 * The meta object literal for the '<em><b>Authorities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATE__AUTHORITIES = eINSTANCE.getState_Authorities();

		/**
		 * The meta object literal for the '<em><b>Courts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATE__COURTS = eINSTANCE.getState_Courts();

		/**
		 * The meta object literal for the '<em><b>Central Authority</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATE__CENTRAL_AUTHORITY = eINSTANCE.getState_CentralAuthority();

		/**
		 * The meta object literal for the '<em><b>Extradition Authority</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATE__EXTRADITION_AUTHORITY = eINSTANCE.getState_ExtraditionAuthority();

		/**
		 * The meta object literal for the '<em><b>Point Of Contact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATE__POINT_OF_CONTACT = eINSTANCE.getState_PointOfContact();

		/**
		 * The meta object literal for the '<em><b>Extradites Nationals</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE__EXTRADITES_NATIONALS = eINSTANCE.getState_ExtraditesNationals();

		/**
		 * The meta object literal for the '<em><b>Domestic Offences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATE__DOMESTIC_OFFENCES = eINSTANCE.getState_DomesticOffences();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.DeclarationImpl <em>Declaration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.DeclarationImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getDeclaration()
		 * @generated
		 */
		EClass DECLARATION = eINSTANCE.getDeclaration();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARATION__KIND = eINSTANCE.getDeclaration_Kind();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARATION__TOPIC = eINSTANCE.getDeclaration_Topic();

		/**
		 * The meta object literal for the '<em><b>Article</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARATION__ARTICLE = eINSTANCE.getDeclaration_Article();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARATION__VALUES = eINSTANCE.getDeclaration_Values();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARATION__DATE = eINSTANCE.getDeclaration_Date();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARATION__SUMMARY = eINSTANCE.getDeclaration_Summary();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.DomesticOffenceImpl <em>Domestic Offence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.DomesticOffenceImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getDomesticOffence()
		 * @generated
		 */
		EClass DOMESTIC_OFFENCE = eINSTANCE.getDomesticOffence();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMESTIC_OFFENCE__NAME = eINSTANCE.getDomesticOffence_Name();

		/**
		 * The meta object literal for the '<em><b>Provision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMESTIC_OFFENCE__PROVISION = eINSTANCE.getDomesticOffence_Provision();

		/**
		 * The meta object literal for the '<em><b>Conducts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMESTIC_OFFENCE__CONDUCTS = eINSTANCE.getDomesticOffence_Conducts();

		/**
		 * The meta object literal for the '<em><b>Maximum Penalty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMESTIC_OFFENCE__MAXIMUM_PENALTY = eINSTANCE.getDomesticOffence_MaximumPenalty();

		/**
		 * The meta object literal for the '<em><b>Maximum Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMESTIC_OFFENCE__MAXIMUM_MONTHS = eINSTANCE.getDomesticOffence_MaximumMonths();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.ConductImpl <em>Conduct</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.ConductImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getConduct()
		 * @generated
		 */
		EClass CONDUCT = eINSTANCE.getConduct();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDUCT__NAME = eINSTANCE.getConduct_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDUCT__DESCRIPTION = eINSTANCE.getConduct_Description();

		/**
		 * The meta object literal for the '<em><b>Convention Article</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDUCT__CONVENTION_ARTICLE = eINSTANCE.getConduct_ConventionArticle();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.AuthorityImpl <em>Authority</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.AuthorityImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getAuthority()
		 * @generated
		 */
		EClass AUTHORITY = eINSTANCE.getAuthority();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHORITY__KIND = eINSTANCE.getAuthority_Kind();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.CourtImpl <em>Court</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.CourtImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getCourt()
		 * @generated
		 */
		EClass COURT = eINSTANCE.getCourt();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.RubricImpl <em>Rubric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.RubricImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getRubric()
		 * @generated
		 */
		EClass RUBRIC = eINSTANCE.getRubric();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUBRIC__NAME = eINSTANCE.getRubric_Name();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUBRIC__CRITERIA = eINSTANCE.getRubric_Criteria();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.CriterionImpl <em>Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.CriterionImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getCriterion()
		 * @generated
		 */
		EClass CRITERION = eINSTANCE.getCriterion();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__LABEL = eINSTANCE.getCriterion_Label();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__DESCRIPTION = eINSTANCE.getCriterion_Description();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__WEIGHT = eINSTANCE.getCriterion_Weight();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.ScenarioImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__TITLE = eINSTANCE.getScenario_Title();

		/**
		 * The meta object literal for the '<em><b>Briefing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__BRIEFING = eINSTANCE.getScenario_Briefing();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__OBJECTIVES = eINSTANCE.getScenario_Objectives();

		/**
		 * The meta object literal for the '<em><b>Difficulty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__DIFFICULTY = eINSTANCE.getScenario_Difficulty();

		/**
		 * The meta object literal for the '<em><b>Expected Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__EXPECTED_DURATION = eINSTANCE.getScenario_ExpectedDuration();

		/**
		 * The meta object literal for the '<em><b>Trainee Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__TRAINEE_ROLE = eINSTANCE.getScenario_TraineeRole();

		/**
		 * The meta object literal for the '<em><b>Home State</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__HOME_STATE = eINSTANCE.getScenario_HomeState();

		/**
		 * The meta object literal for the '<em><b>Trainee Authority</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__TRAINEE_AUTHORITY = eINSTANCE.getScenario_TraineeAuthority();

		/**
		 * The meta object literal for the '<em><b>Clock Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__CLOCK_START = eINSTANCE.getScenario_ClockStart();

		/**
		 * The meta object literal for the '<em><b>Time Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__TIME_BUDGET = eINSTANCE.getScenario_TimeBudget();

		/**
		 * The meta object literal for the '<em><b>Cast</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__CAST = eINSTANCE.getScenario_Cast();

		/**
		 * The meta object literal for the '<em><b>Rubric</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__RUBRIC = eINSTANCE.getScenario_Rubric();

		/**
		 * The meta object literal for the '<em><b>Providers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__PROVIDERS = eINSTANCE.getScenario_Providers();

		/**
		 * The meta object literal for the '<em><b>Persons</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__PERSONS = eINSTANCE.getScenario_Persons();

		/**
		 * The meta object literal for the '<em><b>Offences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__OFFENCES = eINSTANCE.getScenario_Offences();

		/**
		 * The meta object literal for the '<em><b>Data Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__DATA_ITEMS = eINSTANCE.getScenario_DataItems();

		/**
		 * The meta object literal for the '<em><b>Assets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__ASSETS = eINSTANCE.getScenario_Assets();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__FLAGS = eINSTANCE.getScenario_Flags();

		/**
		 * The meta object literal for the '<em><b>Decision Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__DECISION_POINTS = eINSTANCE.getScenario_DecisionPoints();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__START = eINSTANCE.getScenario_Start();

		/**
		 * The meta object literal for the '<em><b>Timed Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__TIMED_EVENTS = eINSTANCE.getScenario_TimedEvents();

		/**
		 * The meta object literal for the '<em><b>Reference Path</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__REFERENCE_PATH = eINSTANCE.getScenario_ReferencePath();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.LearningObjectiveImpl <em>Learning Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.LearningObjectiveImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getLearningObjective()
		 * @generated
		 */
		EClass LEARNING_OBJECTIVE = eINSTANCE.getLearningObjective();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_OBJECTIVE__TEXT = eINSTANCE.getLearningObjective_Text();

		/**
		 * The meta object literal for the '<em><b>Articles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_OBJECTIVE__ARTICLES = eINSTANCE.getLearningObjective_Articles();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.ServiceProviderImpl <em>Service Provider</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.ServiceProviderImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getServiceProvider()
		 * @generated
		 */
		EClass SERVICE_PROVIDER = eINSTANCE.getServiceProvider();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_PROVIDER__KIND = eINSTANCE.getServiceProvider_Kind();

		/**
		 * The meta object literal for the '<em><b>Established In</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_PROVIDER__ESTABLISHED_IN = eINSTANCE.getServiceProvider_EstablishedIn();

		/**
		 * The meta object literal for the '<em><b>Offers Services In</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_PROVIDER__OFFERS_SERVICES_IN = eINSTANCE.getServiceProvider_OffersServicesIn();

		/**
		 * The meta object literal for the '<em><b>Retention Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_PROVIDER__RETENTION_POLICIES = eINSTANCE.getServiceProvider_RetentionPolicies();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.RetentionPolicyImpl <em>Retention Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.RetentionPolicyImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getRetentionPolicy()
		 * @generated
		 */
		EClass RETENTION_POLICY = eINSTANCE.getRetentionPolicy();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_POLICY__CATEGORY = eINSTANCE.getRetentionPolicy_Category();

		/**
		 * The meta object literal for the '<em><b>Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_POLICY__DAYS = eINSTANCE.getRetentionPolicy_Days();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.PersonImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__ROLES = eINSTANCE.getPerson_Roles();

		/**
		 * The meta object literal for the '<em><b>Nationalities</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__NATIONALITIES = eINSTANCE.getPerson_Nationalities();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__LOCATION = eINSTANCE.getPerson_Location();

		/**
		 * The meta object literal for the '<em><b>Legal Person</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__LEGAL_PERSON = eINSTANCE.getPerson_LegalPerson();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.DataItemImpl <em>Data Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.DataItemImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getDataItem()
		 * @generated
		 */
		EClass DATA_ITEM = eINSTANCE.getDataItem();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ITEM__CATEGORY = eINSTANCE.getDataItem_Category();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ITEM__STATUS = eINSTANCE.getDataItem_Status();

		/**
		 * The meta object literal for the '<em><b>Deletion At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ITEM__DELETION_AT = eINSTANCE.getDataItem_DeletionAt();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.AssetImpl <em>Asset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.AssetImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getAsset()
		 * @generated
		 */
		EClass ASSET = eINSTANCE.getAsset();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__KIND = eINSTANCE.getAsset_Kind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__STATUS = eINSTANCE.getAsset_Status();

		/**
		 * The meta object literal for the '<em><b>Estimated Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__ESTIMATED_VALUE = eINSTANCE.getAsset_EstimatedValue();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__CURRENCY = eINSTANCE.getAsset_Currency();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.OffenceImpl <em>Offence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.OffenceImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getOffence()
		 * @generated
		 */
		EClass OFFENCE = eINSTANCE.getOffence();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFENCE__NAME = eINSTANCE.getOffence_Name();

		/**
		 * The meta object literal for the '<em><b>Facts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFENCE__FACTS = eINSTANCE.getOffence_Facts();

		/**
		 * The meta object literal for the '<em><b>Conduct</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFENCE__CONDUCT = eINSTANCE.getOffence_Conduct();

		/**
		 * The meta object literal for the '<em><b>Committed In</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFENCE__COMMITTED_IN = eINSTANCE.getOffence_CommittedIn();

		/**
		 * The meta object literal for the '<em><b>Suspects</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFENCE__SUSPECTS = eINSTANCE.getOffence_Suspects();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.FlagImpl <em>Flag</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.FlagImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getFlag()
		 * @generated
		 */
		EClass FLAG = eINSTANCE.getFlag();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLAG__NOTE = eINSTANCE.getFlag_Note();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.DecisionPointImpl <em>Decision Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.DecisionPointImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getDecisionPoint()
		 * @generated
		 */
		EClass DECISION_POINT = eINSTANCE.getDecisionPoint();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_POINT__TITLE = eINSTANCE.getDecisionPoint_Title();

		/**
		 * The meta object literal for the '<em><b>Narrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_POINT__NARRATIVE = eINSTANCE.getDecisionPoint_Narrative();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECISION_POINT__ACTIONS = eINSTANCE.getDecisionPoint_Actions();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.ActionImpl <em>Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.ActionImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getAction()
		 * @generated
		 */
		EClass ACTION = eINSTANCE.getAction();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__LABEL = eINSTANCE.getAction_Label();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__DESCRIPTION = eINSTANCE.getAction_Description();

		/**
		 * The meta object literal for the '<em><b>Instrument</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__INSTRUMENT = eINSTANCE.getAction_Instrument();

		/**
		 * The meta object literal for the '<em><b>Target State</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__TARGET_STATE = eINSTANCE.getAction_TargetState();

		/**
		 * The meta object literal for the '<em><b>Addressee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__ADDRESSEE = eINSTANCE.getAction_Addressee();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__CHANNEL = eINSTANCE.getAction_Channel();

		/**
		 * The meta object literal for the '<em><b>Legal Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__LEGAL_BASIS = eINSTANCE.getAction_LegalBasis();

		/**
		 * The meta object literal for the '<em><b>Invoked Articles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__INVOKED_ARTICLES = eINSTANCE.getAction_InvokedArticles();

		/**
		 * The meta object literal for the '<em><b>Request Elements</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__REQUEST_ELEMENTS = eINSTANCE.getAction_RequestElements();

		/**
		 * The meta object literal for the '<em><b>Trainee Drafts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__TRAINEE_DRAFTS = eINSTANCE.getAction_TraineeDrafts();

		/**
		 * The meta object literal for the '<em><b>Offences</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__OFFENCES = eINSTANCE.getAction_Offences();

		/**
		 * The meta object literal for the '<em><b>Data Items</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__DATA_ITEMS = eINSTANCE.getAction_DataItems();

		/**
		 * The meta object literal for the '<em><b>Assets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__ASSETS = eINSTANCE.getAction_Assets();

		/**
		 * The meta object literal for the '<em><b>Persons</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__PERSONS = eINSTANCE.getAction_Persons();

		/**
		 * The meta object literal for the '<em><b>Urgency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__URGENCY = eINSTANCE.getAction_Urgency();

		/**
		 * The meta object literal for the '<em><b>Grounds</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__GROUNDS = eINSTANCE.getAction_Grounds();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__COST = eINSTANCE.getAction_Cost();

		/**
		 * The meta object literal for the '<em><b>Repeatable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__REPEATABLE = eINSTANCE.getAction_Repeatable();

		/**
		 * The meta object literal for the '<em><b>Available When</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__AVAILABLE_WHEN = eINSTANCE.getAction_AvailableWhen();

		/**
		 * The meta object literal for the '<em><b>Consequences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__CONSEQUENCES = eINSTANCE.getAction_Consequences();

		/**
		 * The meta object literal for the '<em><b>Next</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__NEXT = eINSTANCE.getAction_Next();

		/**
		 * The meta object literal for the '<em><b>Feedback</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__FEEDBACK = eINSTANCE.getAction_Feedback();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.FeedbackImpl <em>Feedback</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.FeedbackImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getFeedback()
		 * @generated
		 */
		EClass FEEDBACK = eINSTANCE.getFeedback();

		/**
		 * The meta object literal for the '<em><b>Explanation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__EXPLANATION = eINSTANCE.getFeedback_Explanation();

		/**
		 * The meta object literal for the '<em><b>Citations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__CITATIONS = eINSTANCE.getFeedback_Citations();

		/**
		 * The meta object literal for the '<em><b>Expected Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__EXPECTED_VERDICT = eINSTANCE.getFeedback_ExpectedVerdict();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.ReferenceStepImpl <em>Reference Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.ReferenceStepImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getReferenceStep()
		 * @generated
		 */
		EClass REFERENCE_STEP = eINSTANCE.getReferenceStep();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERENCE_STEP__ACTION = eINSTANCE.getReferenceStep_Action();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE_STEP__RATIONALE = eINSTANCE.getReferenceStep_Rationale();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.TimedEventImpl <em>Timed Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.TimedEventImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getTimedEvent()
		 * @generated
		 */
		EClass TIMED_EVENT = eINSTANCE.getTimedEvent();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMED_EVENT__TITLE = eINSTANCE.getTimedEvent_Title();

		/**
		 * The meta object literal for the '<em><b>Narrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMED_EVENT__NARRATIVE = eINSTANCE.getTimedEvent_Narrative();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMED_EVENT__AT = eINSTANCE.getTimedEvent_At();

		/**
		 * The meta object literal for the '<em><b>When</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TIMED_EVENT__WHEN = eINSTANCE.getTimedEvent_When();

		/**
		 * The meta object literal for the '<em><b>Consequences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TIMED_EVENT__CONSEQUENCES = eINSTANCE.getTimedEvent_Consequences();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.ConsequenceImpl <em>Consequence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.ConsequenceImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getConsequence()
		 * @generated
		 */
		EClass CONSEQUENCE = eINSTANCE.getConsequence();

		/**
		 * The meta object literal for the '<em><b>Delay</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSEQUENCE__DELAY = eINSTANCE.getConsequence_Delay();

		/**
		 * The meta object literal for the '<em><b>Only If</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSEQUENCE__ONLY_IF = eINSTANCE.getConsequence_OnlyIf();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.EvidenceStatusChangeImpl <em>Evidence Status Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.EvidenceStatusChangeImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getEvidenceStatusChange()
		 * @generated
		 */
		EClass EVIDENCE_STATUS_CHANGE = eINSTANCE.getEvidenceStatusChange();

		/**
		 * The meta object literal for the '<em><b>Data Items</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE_STATUS_CHANGE__DATA_ITEMS = eINSTANCE.getEvidenceStatusChange_DataItems();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_STATUS_CHANGE__STATUS = eINSTANCE.getEvidenceStatusChange_Status();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.AssetStatusChangeImpl <em>Asset Status Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.AssetStatusChangeImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getAssetStatusChange()
		 * @generated
		 */
		EClass ASSET_STATUS_CHANGE = eINSTANCE.getAssetStatusChange();

		/**
		 * The meta object literal for the '<em><b>Assets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSET_STATUS_CHANGE__ASSETS = eINSTANCE.getAssetStatusChange_Assets();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET_STATUS_CHANGE__STATUS = eINSTANCE.getAssetStatusChange_Status();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.RevealImpl <em>Reveal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.RevealImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getReveal()
		 * @generated
		 */
		EClass REVEAL = eINSTANCE.getReveal();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVEAL__TARGETS = eINSTANCE.getReveal_Targets();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.MessageImpl <em>Message</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.MessageImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getMessage()
		 * @generated
		 */
		EClass MESSAGE = eINSTANCE.getMessage();

		/**
		 * The meta object literal for the '<em><b>Sender</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MESSAGE__SENDER = eINSTANCE.getMessage_Sender();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__SUBJECT = eINSTANCE.getMessage_Subject();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__TEXT = eINSTANCE.getMessage_Text();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.SetFlagImpl <em>Set Flag</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.SetFlagImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getSetFlag()
		 * @generated
		 */
		EClass SET_FLAG = eINSTANCE.getSetFlag();

		/**
		 * The meta object literal for the '<em><b>Flag</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SET_FLAG__FLAG = eINSTANCE.getSetFlag_Flag();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_FLAG__VALUE = eINSTANCE.getSetFlag_Value();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.OpenDecisionPointImpl <em>Open Decision Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.OpenDecisionPointImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getOpenDecisionPoint()
		 * @generated
		 */
		EClass OPEN_DECISION_POINT = eINSTANCE.getOpenDecisionPoint();

		/**
		 * The meta object literal for the '<em><b>Decision Points</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPEN_DECISION_POINT__DECISION_POINTS = eINSTANCE.getOpenDecisionPoint_DecisionPoints();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.CloseDecisionPointImpl <em>Close Decision Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.CloseDecisionPointImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getCloseDecisionPoint()
		 * @generated
		 */
		EClass CLOSE_DECISION_POINT = eINSTANCE.getCloseDecisionPoint();

		/**
		 * The meta object literal for the '<em><b>Decision Points</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLOSE_DECISION_POINT__DECISION_POINTS = eINSTANCE.getCloseDecisionPoint_DecisionPoints();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.ScoreEffectImpl <em>Score Effect</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.ScoreEffectImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getScoreEffect()
		 * @generated
		 */
		EClass SCORE_EFFECT = eINSTANCE.getScoreEffect();

		/**
		 * The meta object literal for the '<em><b>Criterion</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORE_EFFECT__CRITERION = eINSTANCE.getScoreEffect_Criterion();

		/**
		 * The meta object literal for the '<em><b>Delta</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_EFFECT__DELTA = eINSTANCE.getScoreEffect_Delta();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.EndScenarioImpl <em>End Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.EndScenarioImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getEndScenario()
		 * @generated
		 */
		EClass END_SCENARIO = eINSTANCE.getEndScenario();

		/**
		 * The meta object literal for the '<em><b>Epilogue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute END_SCENARIO__EPILOGUE = eINSTANCE.getEndScenario_Epilogue();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.ConditionImpl <em>Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.ConditionImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getCondition()
		 * @generated
		 */
		EClass CONDITION = eINSTANCE.getCondition();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.ConditionGroupImpl <em>Condition Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.ConditionGroupImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getConditionGroup()
		 * @generated
		 */
		EClass CONDITION_GROUP = eINSTANCE.getConditionGroup();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION_GROUP__OPERATOR = eINSTANCE.getConditionGroup_Operator();

		/**
		 * The meta object literal for the '<em><b>Operands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITION_GROUP__OPERANDS = eINSTANCE.getConditionGroup_Operands();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.EvidenceStatusConditionImpl <em>Evidence Status Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.EvidenceStatusConditionImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getEvidenceStatusCondition()
		 * @generated
		 */
		EClass EVIDENCE_STATUS_CONDITION = eINSTANCE.getEvidenceStatusCondition();

		/**
		 * The meta object literal for the '<em><b>Data Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE_STATUS_CONDITION__DATA_ITEM = eINSTANCE.getEvidenceStatusCondition_DataItem();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_STATUS_CONDITION__STATUS = eINSTANCE.getEvidenceStatusCondition_Status();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.AssetStatusConditionImpl <em>Asset Status Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.AssetStatusConditionImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getAssetStatusCondition()
		 * @generated
		 */
		EClass ASSET_STATUS_CONDITION = eINSTANCE.getAssetStatusCondition();

		/**
		 * The meta object literal for the '<em><b>Asset</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSET_STATUS_CONDITION__ASSET = eINSTANCE.getAssetStatusCondition_Asset();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET_STATUS_CONDITION__STATUS = eINSTANCE.getAssetStatusCondition_Status();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.ActionTakenConditionImpl <em>Action Taken Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.ActionTakenConditionImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getActionTakenCondition()
		 * @generated
		 */
		EClass ACTION_TAKEN_CONDITION = eINSTANCE.getActionTakenCondition();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION_TAKEN_CONDITION__ACTION = eINSTANCE.getActionTakenCondition_Action();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.TimeConditionImpl <em>Time Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.TimeConditionImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getTimeCondition()
		 * @generated
		 */
		EClass TIME_CONDITION = eINSTANCE.getTimeCondition();

		/**
		 * The meta object literal for the '<em><b>After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_CONDITION__AFTER = eINSTANCE.getTimeCondition_After();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.FlagConditionImpl <em>Flag Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.FlagConditionImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getFlagCondition()
		 * @generated
		 */
		EClass FLAG_CONDITION = eINSTANCE.getFlagCondition();

		/**
		 * The meta object literal for the '<em><b>Flag</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLAG_CONDITION__FLAG = eINSTANCE.getFlagCondition_Flag();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.impl.RequestIncludesConditionImpl <em>Request Includes Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.RequestIncludesConditionImpl
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getRequestIncludesCondition()
		 * @generated
		 */
		EClass REQUEST_INCLUDES_CONDITION = eINSTANCE.getRequestIncludesCondition();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REQUEST_INCLUDES_CONDITION__ACTION = eINSTANCE.getRequestIncludesCondition_Action();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUEST_INCLUDES_CONDITION__ELEMENTS = eINSTANCE.getRequestIncludesCondition_Elements();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.ConventionStatus <em>Convention Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.ConventionStatus
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getConventionStatus()
		 * @generated
		 */
		EEnum CONVENTION_STATUS = eINSTANCE.getConventionStatus();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.DeclarationKind <em>Declaration Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.DeclarationKind
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getDeclarationKind()
		 * @generated
		 */
		EEnum DECLARATION_KIND = eINSTANCE.getDeclarationKind();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.PenaltyKind <em>Penalty Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.PenaltyKind
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getPenaltyKind()
		 * @generated
		 */
		EEnum PENALTY_KIND = eINSTANCE.getPenaltyKind();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.AuthorityKind <em>Authority Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.AuthorityKind
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getAuthorityKind()
		 * @generated
		 */
		EEnum AUTHORITY_KIND = eINSTANCE.getAuthorityKind();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.ProviderKind <em>Provider Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.ProviderKind
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getProviderKind()
		 * @generated
		 */
		EEnum PROVIDER_KIND = eINSTANCE.getProviderKind();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.PersonRole <em>Person Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.PersonRole
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getPersonRole()
		 * @generated
		 */
		EEnum PERSON_ROLE = eINSTANCE.getPersonRole();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.DataCategory <em>Data Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.DataCategory
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getDataCategory()
		 * @generated
		 */
		EEnum DATA_CATEGORY = eINSTANCE.getDataCategory();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.EvidenceStatus <em>Evidence Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.EvidenceStatus
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getEvidenceStatus()
		 * @generated
		 */
		EEnum EVIDENCE_STATUS = eINSTANCE.getEvidenceStatus();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.AssetKind <em>Asset Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.AssetKind
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getAssetKind()
		 * @generated
		 */
		EEnum ASSET_KIND = eINSTANCE.getAssetKind();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.AssetStatus <em>Asset Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.AssetStatus
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getAssetStatus()
		 * @generated
		 */
		EEnum ASSET_STATUS = eINSTANCE.getAssetStatus();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.Difficulty <em>Difficulty</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.Difficulty
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getDifficulty()
		 * @generated
		 */
		EEnum DIFFICULTY = eINSTANCE.getDifficulty();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.TraineeRole <em>Trainee Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.TraineeRole
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getTraineeRole()
		 * @generated
		 */
		EEnum TRAINEE_ROLE = eINSTANCE.getTraineeRole();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.Instrument <em>Instrument</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.Instrument
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getInstrument()
		 * @generated
		 */
		EEnum INSTRUMENT = eINSTANCE.getInstrument();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.Channel <em>Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.Channel
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getChannel()
		 * @generated
		 */
		EEnum CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.LegalBasis <em>Legal Basis</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.LegalBasis
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getLegalBasis()
		 * @generated
		 */
		EEnum LEGAL_BASIS = eINSTANCE.getLegalBasis();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.Urgency <em>Urgency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.Urgency
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getUrgency()
		 * @generated
		 */
		EEnum URGENCY = eINSTANCE.getUrgency();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.Verdict <em>Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.Verdict
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getVerdict()
		 * @generated
		 */
		EEnum VERDICT = eINSTANCE.getVerdict();

		/**
		 * The meta object literal for the '{@link org.rogatory.model.scenario.LogicalOperator <em>Logical Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.LogicalOperator
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getLogicalOperator()
		 * @generated
		 */
		EEnum LOGICAL_OPERATOR = eINSTANCE.getLogicalOperator();

		/**
		 * The meta object literal for the '<em>Identifier</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getIdentifier()
		 * @generated
		 */
		EDataType IDENTIFIER = eINSTANCE.getIdentifier();

		/**
		 * The meta object literal for the '<em>Key</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getKey()
		 * @generated
		 */
		EDataType KEY = eINSTANCE.getKey();

		/**
		 * The meta object literal for the '<em>Citation</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getCitation()
		 * @generated
		 */
		EDataType CITATION = eINSTANCE.getCitation();

		/**
		 * The meta object literal for the '<em>Iso Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getIsoDate()
		 * @generated
		 */
		EDataType ISO_DATE = eINSTANCE.getIsoDate();

		/**
		 * The meta object literal for the '<em>Iso Date Time</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getIsoDateTime()
		 * @generated
		 */
		EDataType ISO_DATE_TIME = eINSTANCE.getIsoDateTime();

		/**
		 * The meta object literal for the '<em>Language Tag</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getLanguageTag()
		 * @generated
		 */
		EDataType LANGUAGE_TAG = eINSTANCE.getLanguageTag();

		/**
		 * The meta object literal for the '<em>Version</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getVersion()
		 * @generated
		 */
		EDataType VERSION = eINSTANCE.getVersion();

		/**
		 * The meta object literal for the '<em>Minutes</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getMinutes()
		 * @generated
		 */
		EDataType MINUTES = eINSTANCE.getMinutes();

		/**
		 * The meta object literal for the '<em>Days</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getDays()
		 * @generated
		 */
		EDataType DAYS = eINSTANCE.getDays();

		/**
		 * The meta object literal for the '<em>Months</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getMonths()
		 * @generated
		 */
		EDataType MONTHS = eINSTANCE.getMonths();

		/**
		 * The meta object literal for the '<em>Weight</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rogatory.model.scenario.impl.ScenarioPackageImpl#getWeight()
		 * @generated
		 */
		EDataType WEIGHT = eINSTANCE.getWeight();

	}

} //ScenarioPackage
