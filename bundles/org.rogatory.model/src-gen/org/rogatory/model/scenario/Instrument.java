/**
 */
package org.rogatory.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Instrument</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What an action does: a measure of Chapter IV (domestic) or Chapter V (international cooperation), a response by the requested State, or a non-legal choice. Article numbers are documentation only; the treaty knowledge base maps instruments to articles. OTHER comes first so that a forgotten instrument is never silently evaluated as a legal measure.
 * <!-- end-model-doc -->
 * @see org.rogatory.model.scenario.ScenarioPackage#getInstrument()
 * @model
 * @generated
 */
public enum Instrument implements Enumerator {
	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other choice; explain it in the action's description.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(0, "OTHER", "OTHER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PRESERVATION ORDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domestic order to preserve specified stored data quickly (Art. 25).
	 * <!-- end-model-doc -->
	 * @see #PRESERVATION_ORDER_VALUE
	 * @generated
	 * @ordered
	 */
	PRESERVATION_ORDER(1, "PRESERVATION_ORDER", "PRESERVATION_ORDER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TRAFFIC DATA PRESERVATION AND PARTIAL DISCLOSURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domestic preservation of traffic data and quick disclosure of enough of it to identify the providers and the path (Art. 26).
	 * <!-- end-model-doc -->
	 * @see #TRAFFIC_DATA_PRESERVATION_AND_PARTIAL_DISCLOSURE_VALUE
	 * @generated
	 * @ordered
	 */
	TRAFFIC_DATA_PRESERVATION_AND_PARTIAL_DISCLOSURE(2, "TRAFFIC_DATA_PRESERVATION_AND_PARTIAL_DISCLOSURE", "TRAFFIC_DATA_PRESERVATION_AND_PARTIAL_DISCLOSURE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PRODUCTION ORDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domestic order to produce data, or a provider's subscriber information (Art. 27).
	 * <!-- end-model-doc -->
	 * @see #PRODUCTION_ORDER_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCTION_ORDER(3, "PRODUCTION_ORDER", "PRODUCTION_ORDER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SEARCH AND SEIZURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domestic search, access and seizure of stored data (Art. 28).
	 * <!-- end-model-doc -->
	 * @see #SEARCH_AND_SEIZURE_VALUE
	 * @generated
	 * @ordered
	 */
	SEARCH_AND_SEIZURE(4, "SEARCH_AND_SEIZURE", "SEARCH_AND_SEIZURE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REAL TIME COLLECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domestic real-time collection of traffic data (Art. 29).
	 * <!-- end-model-doc -->
	 * @see #REAL_TIME_COLLECTION_VALUE
	 * @generated
	 * @ordered
	 */
	REAL_TIME_COLLECTION(5, "REAL_TIME_COLLECTION", "REAL_TIME_COLLECTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INTERCEPTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domestic interception of content data (Art. 30).
	 * <!-- end-model-doc -->
	 * @see #INTERCEPTION_VALUE
	 * @generated
	 * @ordered
	 */
	INTERCEPTION(6, "INTERCEPTION", "INTERCEPTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FREEZING OR SEIZURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domestic freezing or seizure of proceeds of crime (Art. 31).
	 * <!-- end-model-doc -->
	 * @see #FREEZING_OR_SEIZURE_VALUE
	 * @generated
	 * @ordered
	 */
	FREEZING_OR_SEIZURE(7, "FREEZING_OR_SEIZURE", "FREEZING_OR_SEIZURE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONFISCATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domestic confiscation of proceeds of crime (Art. 31).
	 * <!-- end-model-doc -->
	 * @see #CONFISCATION_VALUE
	 * @generated
	 * @ordered
	 */
	CONFISCATION(8, "CONFISCATION", "CONFISCATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>WITNESS PROTECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Protection of witnesses (Art. 33).
	 * <!-- end-model-doc -->
	 * @see #WITNESS_PROTECTION_VALUE
	 * @generated
	 * @ordered
	 */
	WITNESS_PROTECTION(9, "WITNESS_PROTECTION", "WITNESS_PROTECTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VICTIM ASSISTANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Assistance to and protection of victims (Art. 34).
	 * <!-- end-model-doc -->
	 * @see #VICTIM_ASSISTANCE_VALUE
	 * @generated
	 * @ordered
	 */
	VICTIM_ASSISTANCE(10, "VICTIM_ASSISTANCE", "VICTIM_ASSISTANCE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EXTRADITION REQUEST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Request for extradition (Art. 37).
	 * <!-- end-model-doc -->
	 * @see #EXTRADITION_REQUEST_VALUE
	 * @generated
	 * @ordered
	 */
	EXTRADITION_REQUEST(11, "EXTRADITION_REQUEST", "EXTRADITION_REQUEST"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROVISIONAL ARREST REQUEST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Request to take a person into custody pending extradition (Art. 37).
	 * <!-- end-model-doc -->
	 * @see #PROVISIONAL_ARREST_REQUEST_VALUE
	 * @generated
	 * @ordered
	 */
	PROVISIONAL_ARREST_REQUEST(12, "PROVISIONAL_ARREST_REQUEST", "PROVISIONAL_ARREST_REQUEST"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TRANSFER OF SENTENCED PERSON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transfer of a sentenced person (Art. 38).
	 * <!-- end-model-doc -->
	 * @see #TRANSFER_OF_SENTENCED_PERSON_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSFER_OF_SENTENCED_PERSON(13, "TRANSFER_OF_SENTENCED_PERSON", "TRANSFER_OF_SENTENCED_PERSON"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TRANSFER OF PROCEEDINGS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transfer of criminal proceedings (Art. 39).
	 * <!-- end-model-doc -->
	 * @see #TRANSFER_OF_PROCEEDINGS_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSFER_OF_PROCEEDINGS(14, "TRANSFER_OF_PROCEEDINGS", "TRANSFER_OF_PROCEEDINGS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MLA REQUEST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * General mutual legal assistance request, e.g. statements or service of documents (Art. 40).
	 * <!-- end-model-doc -->
	 * @see #MLA_REQUEST_VALUE
	 * @generated
	 * @ordered
	 */
	MLA_REQUEST(15, "MLA_REQUEST", "MLA_REQUEST"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SPONTANEOUS INFORMATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sending information without a request (Arts. 40 and 51).
	 * <!-- end-model-doc -->
	 * @see #SPONTANEOUS_INFORMATION_VALUE
	 * @generated
	 * @ordered
	 */
	SPONTANEOUS_INFORMATION(16, "SPONTANEOUS_INFORMATION", "SPONTANEOUS_INFORMATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NETWORK ASSISTANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Asking the 24/7 network for advice, location of data or suspects (Art. 41).
	 * <!-- end-model-doc -->
	 * @see #NETWORK_ASSISTANCE_VALUE
	 * @generated
	 * @ordered
	 */
	NETWORK_ASSISTANCE(17, "NETWORK_ASSISTANCE", "NETWORK_ASSISTANCE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EMERGENCY DISCLOSURE REQUEST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Asking the 24/7 network for data to avert an emergency (Art. 41).
	 * <!-- end-model-doc -->
	 * @see #EMERGENCY_DISCLOSURE_REQUEST_VALUE
	 * @generated
	 * @ordered
	 */
	EMERGENCY_DISCLOSURE_REQUEST(18, "EMERGENCY_DISCLOSURE_REQUEST", "EMERGENCY_DISCLOSURE_REQUEST"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PRESERVATION REQUEST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Request for expedited preservation of data stored abroad (Art. 42).
	 * <!-- end-model-doc -->
	 * @see #PRESERVATION_REQUEST_VALUE
	 * @generated
	 * @ordered
	 */
	PRESERVATION_REQUEST(19, "PRESERVATION_REQUEST", "PRESERVATION_REQUEST"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PRESERVED TRAFFIC DATA DISCLOSURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disclosing enough preserved traffic data to identify a provider in another State and the path (Art. 43); played on the requested side.
	 * <!-- end-model-doc -->
	 * @see #PRESERVED_TRAFFIC_DATA_DISCLOSURE_VALUE
	 * @generated
	 * @ordered
	 */
	PRESERVED_TRAFFIC_DATA_DISCLOSURE(20, "PRESERVED_TRAFFIC_DATA_DISCLOSURE", "PRESERVED_TRAFFIC_DATA_DISCLOSURE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MLA STORED DATA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Request to search, seize and disclose stored data, including preserved data (Art. 44).
	 * <!-- end-model-doc -->
	 * @see #MLA_STORED_DATA_VALUE
	 * @generated
	 * @ordered
	 */
	MLA_STORED_DATA(21, "MLA_STORED_DATA", "MLA_STORED_DATA"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MLA REAL TIME COLLECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Request for real-time collection of traffic data (Art. 45).
	 * <!-- end-model-doc -->
	 * @see #MLA_REAL_TIME_COLLECTION_VALUE
	 * @generated
	 * @ordered
	 */
	MLA_REAL_TIME_COLLECTION(22, "MLA_REAL_TIME_COLLECTION", "MLA_REAL_TIME_COLLECTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MLA INTERCEPTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Request for interception of content data (Art. 46).
	 * <!-- end-model-doc -->
	 * @see #MLA_INTERCEPTION_VALUE
	 * @generated
	 * @ordered
	 */
	MLA_INTERCEPTION(23, "MLA_INTERCEPTION", "MLA_INTERCEPTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>POLICE COOPERATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Law-enforcement cooperation and information exchange (Art. 47).
	 * <!-- end-model-doc -->
	 * @see #POLICE_COOPERATION_VALUE
	 * @generated
	 * @ordered
	 */
	POLICE_COOPERATION(24, "POLICE_COOPERATION", "POLICE_COOPERATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>JOINT INVESTIGATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Setting up a joint investigation (Art. 48).
	 * <!-- end-model-doc -->
	 * @see #JOINT_INVESTIGATION_VALUE
	 * @generated
	 * @ordered
	 */
	JOINT_INVESTIGATION(25, "JOINT_INVESTIGATION", "JOINT_INVESTIGATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FREEZING REQUEST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Request to identify, trace and freeze proceeds abroad (Arts. 49 and 50).
	 * <!-- end-model-doc -->
	 * @see #FREEZING_REQUEST_VALUE
	 * @generated
	 * @ordered
	 */
	FREEZING_REQUEST(26, "FREEZING_REQUEST", "FREEZING_REQUEST"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONFISCATION REQUEST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Request to confiscate proceeds abroad or enforce a confiscation order (Arts. 49 and 50).
	 * <!-- end-model-doc -->
	 * @see #CONFISCATION_REQUEST_VALUE
	 * @generated
	 * @ordered
	 */
	CONFISCATION_REQUEST(27, "CONFISCATION_REQUEST", "CONFISCATION_REQUEST"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RETURN OF PROCEEDS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Return or disposal of confiscated proceeds (Art. 52).
	 * <!-- end-model-doc -->
	 * @see #RETURN_OF_PROCEEDS_VALUE
	 * @generated
	 * @ordered
	 */
	RETURN_OF_PROCEEDS(28, "RETURN_OF_PROCEEDS", "RETURN_OF_PROCEEDS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EXECUTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Requested side: execute a received request as asked.
	 * <!-- end-model-doc -->
	 * @see #EXECUTE_VALUE
	 * @generated
	 * @ordered
	 */
	EXECUTE(29, "EXECUTE", "EXECUTE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EXECUTE WITH CONDITIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Requested side: execute subject to conditions (e.g. use limitation, confidentiality).
	 * <!-- end-model-doc -->
	 * @see #EXECUTE_WITH_CONDITIONS_VALUE
	 * @generated
	 * @ordered
	 */
	EXECUTE_WITH_CONDITIONS(30, "EXECUTE_WITH_CONDITIONS", "EXECUTE_WITH_CONDITIONS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>POSTPONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Requested side: postpone execution (e.g. it would disturb a domestic investigation).
	 * <!-- end-model-doc -->
	 * @see #POSTPONE_VALUE
	 * @generated
	 * @ordered
	 */
	POSTPONE(31, "POSTPONE", "POSTPONE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REFUSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Requested side: refuse, giving the grounds.
	 * <!-- end-model-doc -->
	 * @see #REFUSE_VALUE
	 * @generated
	 * @ordered
	 */
	REFUSE(32, "REFUSE", "REFUSE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REQUEST MORE INFORMATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Requested side: ask for additional information before deciding.
	 * <!-- end-model-doc -->
	 * @see #REQUEST_MORE_INFORMATION_VALUE
	 * @generated
	 * @ordered
	 */
	REQUEST_MORE_INFORMATION(33, "REQUEST_MORE_INFORMATION", "REQUEST_MORE_INFORMATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>WAIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Let time pass without acting.
	 * <!-- end-model-doc -->
	 * @see #WAIT_VALUE
	 * @generated
	 * @ordered
	 */
	WAIT(34, "WAIT", "WAIT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONSULT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Consult a colleague, the counterpart or the 24/7 point of contact informally.
	 * <!-- end-model-doc -->
	 * @see #CONSULT_VALUE
	 * @generated
	 * @ordered
	 */
	CONSULT(35, "CONSULT", "CONSULT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROSECUTE DOMESTICALLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Submit the case to the own prosecuting authorities instead of extraditing (aut dedere aut judicare).
	 * <!-- end-model-doc -->
	 * @see #PROSECUTE_DOMESTICALLY_VALUE
	 * @generated
	 * @ordered
	 */
	PROSECUTE_DOMESTICALLY(36, "PROSECUTE_DOMESTICALLY", "PROSECUTE_DOMESTICALLY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNILATERAL REMOTE ACCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Access a system or data in another State without its consent: a sovereignty trap (Art. 5).
	 * <!-- end-model-doc -->
	 * @see #UNILATERAL_REMOTE_ACCESS_VALUE
	 * @generated
	 * @ordered
	 */
	UNILATERAL_REMOTE_ACCESS(37, "UNILATERAL_REMOTE_ACCESS", "UNILATERAL_REMOTE_ACCESS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DIRECT REQUEST TO FOREIGN PROVIDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ask a foreign provider directly: the Convention gives no legal basis for a cross-border order.
	 * <!-- end-model-doc -->
	 * @see #DIRECT_REQUEST_TO_FOREIGN_PROVIDER_VALUE
	 * @generated
	 * @ordered
	 */
	DIRECT_REQUEST_TO_FOREIGN_PROVIDER(38, "DIRECT_REQUEST_TO_FOREIGN_PROVIDER", "DIRECT_REQUEST_TO_FOREIGN_PROVIDER"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other choice; explain it in the action's description.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 0;

	/**
	 * The '<em><b>PRESERVATION ORDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domestic order to preserve specified stored data quickly (Art. 25).
	 * <!-- end-model-doc -->
	 * @see #PRESERVATION_ORDER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRESERVATION_ORDER_VALUE = 1;

	/**
	 * The '<em><b>TRAFFIC DATA PRESERVATION AND PARTIAL DISCLOSURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domestic preservation of traffic data and quick disclosure of enough of it to identify the providers and the path (Art. 26).
	 * <!-- end-model-doc -->
	 * @see #TRAFFIC_DATA_PRESERVATION_AND_PARTIAL_DISCLOSURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAFFIC_DATA_PRESERVATION_AND_PARTIAL_DISCLOSURE_VALUE = 2;

	/**
	 * The '<em><b>PRODUCTION ORDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domestic order to produce data, or a provider's subscriber information (Art. 27).
	 * <!-- end-model-doc -->
	 * @see #PRODUCTION_ORDER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCTION_ORDER_VALUE = 3;

	/**
	 * The '<em><b>SEARCH AND SEIZURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domestic search, access and seizure of stored data (Art. 28).
	 * <!-- end-model-doc -->
	 * @see #SEARCH_AND_SEIZURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEARCH_AND_SEIZURE_VALUE = 4;

	/**
	 * The '<em><b>REAL TIME COLLECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domestic real-time collection of traffic data (Art. 29).
	 * <!-- end-model-doc -->
	 * @see #REAL_TIME_COLLECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REAL_TIME_COLLECTION_VALUE = 5;

	/**
	 * The '<em><b>INTERCEPTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domestic interception of content data (Art. 30).
	 * <!-- end-model-doc -->
	 * @see #INTERCEPTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERCEPTION_VALUE = 6;

	/**
	 * The '<em><b>FREEZING OR SEIZURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domestic freezing or seizure of proceeds of crime (Art. 31).
	 * <!-- end-model-doc -->
	 * @see #FREEZING_OR_SEIZURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FREEZING_OR_SEIZURE_VALUE = 7;

	/**
	 * The '<em><b>CONFISCATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domestic confiscation of proceeds of crime (Art. 31).
	 * <!-- end-model-doc -->
	 * @see #CONFISCATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONFISCATION_VALUE = 8;

	/**
	 * The '<em><b>WITNESS PROTECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Protection of witnesses (Art. 33).
	 * <!-- end-model-doc -->
	 * @see #WITNESS_PROTECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WITNESS_PROTECTION_VALUE = 9;

	/**
	 * The '<em><b>VICTIM ASSISTANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Assistance to and protection of victims (Art. 34).
	 * <!-- end-model-doc -->
	 * @see #VICTIM_ASSISTANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VICTIM_ASSISTANCE_VALUE = 10;

	/**
	 * The '<em><b>EXTRADITION REQUEST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Request for extradition (Art. 37).
	 * <!-- end-model-doc -->
	 * @see #EXTRADITION_REQUEST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXTRADITION_REQUEST_VALUE = 11;

	/**
	 * The '<em><b>PROVISIONAL ARREST REQUEST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Request to take a person into custody pending extradition (Art. 37).
	 * <!-- end-model-doc -->
	 * @see #PROVISIONAL_ARREST_REQUEST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVISIONAL_ARREST_REQUEST_VALUE = 12;

	/**
	 * The '<em><b>TRANSFER OF SENTENCED PERSON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transfer of a sentenced person (Art. 38).
	 * <!-- end-model-doc -->
	 * @see #TRANSFER_OF_SENTENCED_PERSON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRANSFER_OF_SENTENCED_PERSON_VALUE = 13;

	/**
	 * The '<em><b>TRANSFER OF PROCEEDINGS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transfer of criminal proceedings (Art. 39).
	 * <!-- end-model-doc -->
	 * @see #TRANSFER_OF_PROCEEDINGS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRANSFER_OF_PROCEEDINGS_VALUE = 14;

	/**
	 * The '<em><b>MLA REQUEST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * General mutual legal assistance request, e.g. statements or service of documents (Art. 40).
	 * <!-- end-model-doc -->
	 * @see #MLA_REQUEST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MLA_REQUEST_VALUE = 15;

	/**
	 * The '<em><b>SPONTANEOUS INFORMATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sending information without a request (Arts. 40 and 51).
	 * <!-- end-model-doc -->
	 * @see #SPONTANEOUS_INFORMATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPONTANEOUS_INFORMATION_VALUE = 16;

	/**
	 * The '<em><b>NETWORK ASSISTANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Asking the 24/7 network for advice, location of data or suspects (Art. 41).
	 * <!-- end-model-doc -->
	 * @see #NETWORK_ASSISTANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NETWORK_ASSISTANCE_VALUE = 17;

	/**
	 * The '<em><b>EMERGENCY DISCLOSURE REQUEST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Asking the 24/7 network for data to avert an emergency (Art. 41).
	 * <!-- end-model-doc -->
	 * @see #EMERGENCY_DISCLOSURE_REQUEST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMERGENCY_DISCLOSURE_REQUEST_VALUE = 18;

	/**
	 * The '<em><b>PRESERVATION REQUEST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Request for expedited preservation of data stored abroad (Art. 42).
	 * <!-- end-model-doc -->
	 * @see #PRESERVATION_REQUEST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRESERVATION_REQUEST_VALUE = 19;

	/**
	 * The '<em><b>PRESERVED TRAFFIC DATA DISCLOSURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disclosing enough preserved traffic data to identify a provider in another State and the path (Art. 43); played on the requested side.
	 * <!-- end-model-doc -->
	 * @see #PRESERVED_TRAFFIC_DATA_DISCLOSURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRESERVED_TRAFFIC_DATA_DISCLOSURE_VALUE = 20;

	/**
	 * The '<em><b>MLA STORED DATA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Request to search, seize and disclose stored data, including preserved data (Art. 44).
	 * <!-- end-model-doc -->
	 * @see #MLA_STORED_DATA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MLA_STORED_DATA_VALUE = 21;

	/**
	 * The '<em><b>MLA REAL TIME COLLECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Request for real-time collection of traffic data (Art. 45).
	 * <!-- end-model-doc -->
	 * @see #MLA_REAL_TIME_COLLECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MLA_REAL_TIME_COLLECTION_VALUE = 22;

	/**
	 * The '<em><b>MLA INTERCEPTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Request for interception of content data (Art. 46).
	 * <!-- end-model-doc -->
	 * @see #MLA_INTERCEPTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MLA_INTERCEPTION_VALUE = 23;

	/**
	 * The '<em><b>POLICE COOPERATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Law-enforcement cooperation and information exchange (Art. 47).
	 * <!-- end-model-doc -->
	 * @see #POLICE_COOPERATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICE_COOPERATION_VALUE = 24;

	/**
	 * The '<em><b>JOINT INVESTIGATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Setting up a joint investigation (Art. 48).
	 * <!-- end-model-doc -->
	 * @see #JOINT_INVESTIGATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JOINT_INVESTIGATION_VALUE = 25;

	/**
	 * The '<em><b>FREEZING REQUEST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Request to identify, trace and freeze proceeds abroad (Arts. 49 and 50).
	 * <!-- end-model-doc -->
	 * @see #FREEZING_REQUEST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FREEZING_REQUEST_VALUE = 26;

	/**
	 * The '<em><b>CONFISCATION REQUEST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Request to confiscate proceeds abroad or enforce a confiscation order (Arts. 49 and 50).
	 * <!-- end-model-doc -->
	 * @see #CONFISCATION_REQUEST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONFISCATION_REQUEST_VALUE = 27;

	/**
	 * The '<em><b>RETURN OF PROCEEDS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Return or disposal of confiscated proceeds (Art. 52).
	 * <!-- end-model-doc -->
	 * @see #RETURN_OF_PROCEEDS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RETURN_OF_PROCEEDS_VALUE = 28;

	/**
	 * The '<em><b>EXECUTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Requested side: execute a received request as asked.
	 * <!-- end-model-doc -->
	 * @see #EXECUTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXECUTE_VALUE = 29;

	/**
	 * The '<em><b>EXECUTE WITH CONDITIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Requested side: execute subject to conditions (e.g. use limitation, confidentiality).
	 * <!-- end-model-doc -->
	 * @see #EXECUTE_WITH_CONDITIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXECUTE_WITH_CONDITIONS_VALUE = 30;

	/**
	 * The '<em><b>POSTPONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Requested side: postpone execution (e.g. it would disturb a domestic investigation).
	 * <!-- end-model-doc -->
	 * @see #POSTPONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POSTPONE_VALUE = 31;

	/**
	 * The '<em><b>REFUSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Requested side: refuse, giving the grounds.
	 * <!-- end-model-doc -->
	 * @see #REFUSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFUSE_VALUE = 32;

	/**
	 * The '<em><b>REQUEST MORE INFORMATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Requested side: ask for additional information before deciding.
	 * <!-- end-model-doc -->
	 * @see #REQUEST_MORE_INFORMATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REQUEST_MORE_INFORMATION_VALUE = 33;

	/**
	 * The '<em><b>WAIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Let time pass without acting.
	 * <!-- end-model-doc -->
	 * @see #WAIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WAIT_VALUE = 34;

	/**
	 * The '<em><b>CONSULT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Consult a colleague, the counterpart or the 24/7 point of contact informally.
	 * <!-- end-model-doc -->
	 * @see #CONSULT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONSULT_VALUE = 35;

	/**
	 * The '<em><b>PROSECUTE DOMESTICALLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Submit the case to the own prosecuting authorities instead of extraditing (aut dedere aut judicare).
	 * <!-- end-model-doc -->
	 * @see #PROSECUTE_DOMESTICALLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROSECUTE_DOMESTICALLY_VALUE = 36;

	/**
	 * The '<em><b>UNILATERAL REMOTE ACCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Access a system or data in another State without its consent: a sovereignty trap (Art. 5).
	 * <!-- end-model-doc -->
	 * @see #UNILATERAL_REMOTE_ACCESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNILATERAL_REMOTE_ACCESS_VALUE = 37;

	/**
	 * The '<em><b>DIRECT REQUEST TO FOREIGN PROVIDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ask a foreign provider directly: the Convention gives no legal basis for a cross-border order.
	 * <!-- end-model-doc -->
	 * @see #DIRECT_REQUEST_TO_FOREIGN_PROVIDER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIRECT_REQUEST_TO_FOREIGN_PROVIDER_VALUE = 38;

	/**
	 * An array of all the '<em><b>Instrument</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Instrument[] VALUES_ARRAY =
		new Instrument[] {
			OTHER,
			PRESERVATION_ORDER,
			TRAFFIC_DATA_PRESERVATION_AND_PARTIAL_DISCLOSURE,
			PRODUCTION_ORDER,
			SEARCH_AND_SEIZURE,
			REAL_TIME_COLLECTION,
			INTERCEPTION,
			FREEZING_OR_SEIZURE,
			CONFISCATION,
			WITNESS_PROTECTION,
			VICTIM_ASSISTANCE,
			EXTRADITION_REQUEST,
			PROVISIONAL_ARREST_REQUEST,
			TRANSFER_OF_SENTENCED_PERSON,
			TRANSFER_OF_PROCEEDINGS,
			MLA_REQUEST,
			SPONTANEOUS_INFORMATION,
			NETWORK_ASSISTANCE,
			EMERGENCY_DISCLOSURE_REQUEST,
			PRESERVATION_REQUEST,
			PRESERVED_TRAFFIC_DATA_DISCLOSURE,
			MLA_STORED_DATA,
			MLA_REAL_TIME_COLLECTION,
			MLA_INTERCEPTION,
			POLICE_COOPERATION,
			JOINT_INVESTIGATION,
			FREEZING_REQUEST,
			CONFISCATION_REQUEST,
			RETURN_OF_PROCEEDS,
			EXECUTE,
			EXECUTE_WITH_CONDITIONS,
			POSTPONE,
			REFUSE,
			REQUEST_MORE_INFORMATION,
			WAIT,
			CONSULT,
			PROSECUTE_DOMESTICALLY,
			UNILATERAL_REMOTE_ACCESS,
			DIRECT_REQUEST_TO_FOREIGN_PROVIDER,
		};

	/**
	 * A public read-only list of all the '<em><b>Instrument</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Instrument> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Instrument</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Instrument get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Instrument result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Instrument</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Instrument getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Instrument result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Instrument</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Instrument get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case PRESERVATION_ORDER_VALUE: return PRESERVATION_ORDER;
			case TRAFFIC_DATA_PRESERVATION_AND_PARTIAL_DISCLOSURE_VALUE: return TRAFFIC_DATA_PRESERVATION_AND_PARTIAL_DISCLOSURE;
			case PRODUCTION_ORDER_VALUE: return PRODUCTION_ORDER;
			case SEARCH_AND_SEIZURE_VALUE: return SEARCH_AND_SEIZURE;
			case REAL_TIME_COLLECTION_VALUE: return REAL_TIME_COLLECTION;
			case INTERCEPTION_VALUE: return INTERCEPTION;
			case FREEZING_OR_SEIZURE_VALUE: return FREEZING_OR_SEIZURE;
			case CONFISCATION_VALUE: return CONFISCATION;
			case WITNESS_PROTECTION_VALUE: return WITNESS_PROTECTION;
			case VICTIM_ASSISTANCE_VALUE: return VICTIM_ASSISTANCE;
			case EXTRADITION_REQUEST_VALUE: return EXTRADITION_REQUEST;
			case PROVISIONAL_ARREST_REQUEST_VALUE: return PROVISIONAL_ARREST_REQUEST;
			case TRANSFER_OF_SENTENCED_PERSON_VALUE: return TRANSFER_OF_SENTENCED_PERSON;
			case TRANSFER_OF_PROCEEDINGS_VALUE: return TRANSFER_OF_PROCEEDINGS;
			case MLA_REQUEST_VALUE: return MLA_REQUEST;
			case SPONTANEOUS_INFORMATION_VALUE: return SPONTANEOUS_INFORMATION;
			case NETWORK_ASSISTANCE_VALUE: return NETWORK_ASSISTANCE;
			case EMERGENCY_DISCLOSURE_REQUEST_VALUE: return EMERGENCY_DISCLOSURE_REQUEST;
			case PRESERVATION_REQUEST_VALUE: return PRESERVATION_REQUEST;
			case PRESERVED_TRAFFIC_DATA_DISCLOSURE_VALUE: return PRESERVED_TRAFFIC_DATA_DISCLOSURE;
			case MLA_STORED_DATA_VALUE: return MLA_STORED_DATA;
			case MLA_REAL_TIME_COLLECTION_VALUE: return MLA_REAL_TIME_COLLECTION;
			case MLA_INTERCEPTION_VALUE: return MLA_INTERCEPTION;
			case POLICE_COOPERATION_VALUE: return POLICE_COOPERATION;
			case JOINT_INVESTIGATION_VALUE: return JOINT_INVESTIGATION;
			case FREEZING_REQUEST_VALUE: return FREEZING_REQUEST;
			case CONFISCATION_REQUEST_VALUE: return CONFISCATION_REQUEST;
			case RETURN_OF_PROCEEDS_VALUE: return RETURN_OF_PROCEEDS;
			case EXECUTE_VALUE: return EXECUTE;
			case EXECUTE_WITH_CONDITIONS_VALUE: return EXECUTE_WITH_CONDITIONS;
			case POSTPONE_VALUE: return POSTPONE;
			case REFUSE_VALUE: return REFUSE;
			case REQUEST_MORE_INFORMATION_VALUE: return REQUEST_MORE_INFORMATION;
			case WAIT_VALUE: return WAIT;
			case CONSULT_VALUE: return CONSULT;
			case PROSECUTE_DOMESTICALLY_VALUE: return PROSECUTE_DOMESTICALLY;
			case UNILATERAL_REMOTE_ACCESS_VALUE: return UNILATERAL_REMOTE_ACCESS;
			case DIRECT_REQUEST_TO_FOREIGN_PROVIDER_VALUE: return DIRECT_REQUEST_TO_FOREIGN_PROVIDER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Instrument(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //Instrument
