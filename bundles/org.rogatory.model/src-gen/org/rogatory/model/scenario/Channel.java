/**
 */
package org.rogatory.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Channel</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a request or communication travels.
 * <!-- end-model-doc -->
 * @see org.rogatory.model.scenario.ScenarioPackage#getChannel()
 * @model
 * @generated
 */
public enum Channel implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No channel: a purely domestic or internal act.
	 * <!-- end-model-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TWENTY FOUR SEVEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The 24/7 network of points of contact.
	 * <!-- end-model-doc -->
	 * @see #TWENTY_FOUR_SEVEN_VALUE
	 * @generated
	 * @ordered
	 */
	TWENTY_FOUR_SEVEN(1, "TWENTY_FOUR_SEVEN", "TWENTY_FOUR_SEVEN"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CENTRAL AUTHORITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Central authority to central authority.
	 * <!-- end-model-doc -->
	 * @see #CENTRAL_AUTHORITY_VALUE
	 * @generated
	 * @ordered
	 */
	CENTRAL_AUTHORITY(2, "CENTRAL_AUTHORITY", "CENTRAL_AUTHORITY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DIPLOMATIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Through diplomatic channels.
	 * <!-- end-model-doc -->
	 * @see #DIPLOMATIC_VALUE
	 * @generated
	 * @ordered
	 */
	DIPLOMATIC(3, "DIPLOMATIC", "DIPLOMATIC"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INTERPOL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Through INTERPOL.
	 * <!-- end-model-doc -->
	 * @see #INTERPOL_VALUE
	 * @generated
	 * @ordered
	 */
	INTERPOL(4, "INTERPOL", "INTERPOL"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>POLICE TO POLICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Directly between law-enforcement agencies.
	 * <!-- end-model-doc -->
	 * @see #POLICE_TO_POLICE_VALUE
	 * @generated
	 * @ordered
	 */
	POLICE_TO_POLICE(5, "POLICE_TO_POLICE", "POLICE_TO_POLICE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DIRECT TO PROVIDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Directly to a service provider.
	 * <!-- end-model-doc -->
	 * @see #DIRECT_TO_PROVIDER_VALUE
	 * @generated
	 * @ordered
	 */
	DIRECT_TO_PROVIDER(6, "DIRECT_TO_PROVIDER", "DIRECT_TO_PROVIDER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DOMESTIC COURT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * To a domestic court or judge, e.g. for an order or warrant.
	 * <!-- end-model-doc -->
	 * @see #DOMESTIC_COURT_VALUE
	 * @generated
	 * @ordered
	 */
	DOMESTIC_COURT(7, "DOMESTIC_COURT", "DOMESTIC_COURT"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No channel: a purely domestic or internal act.
	 * <!-- end-model-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>TWENTY FOUR SEVEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The 24/7 network of points of contact.
	 * <!-- end-model-doc -->
	 * @see #TWENTY_FOUR_SEVEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TWENTY_FOUR_SEVEN_VALUE = 1;

	/**
	 * The '<em><b>CENTRAL AUTHORITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Central authority to central authority.
	 * <!-- end-model-doc -->
	 * @see #CENTRAL_AUTHORITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CENTRAL_AUTHORITY_VALUE = 2;

	/**
	 * The '<em><b>DIPLOMATIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Through diplomatic channels.
	 * <!-- end-model-doc -->
	 * @see #DIPLOMATIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIPLOMATIC_VALUE = 3;

	/**
	 * The '<em><b>INTERPOL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Through INTERPOL.
	 * <!-- end-model-doc -->
	 * @see #INTERPOL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERPOL_VALUE = 4;

	/**
	 * The '<em><b>POLICE TO POLICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Directly between law-enforcement agencies.
	 * <!-- end-model-doc -->
	 * @see #POLICE_TO_POLICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICE_TO_POLICE_VALUE = 5;

	/**
	 * The '<em><b>DIRECT TO PROVIDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Directly to a service provider.
	 * <!-- end-model-doc -->
	 * @see #DIRECT_TO_PROVIDER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIRECT_TO_PROVIDER_VALUE = 6;

	/**
	 * The '<em><b>DOMESTIC COURT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * To a domestic court or judge, e.g. for an order or warrant.
	 * <!-- end-model-doc -->
	 * @see #DOMESTIC_COURT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DOMESTIC_COURT_VALUE = 7;

	/**
	 * An array of all the '<em><b>Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Channel[] VALUES_ARRAY =
		new Channel[] {
			NONE,
			TWENTY_FOUR_SEVEN,
			CENTRAL_AUTHORITY,
			DIPLOMATIC,
			INTERPOL,
			POLICE_TO_POLICE,
			DIRECT_TO_PROVIDER,
			DOMESTIC_COURT,
		};

	/**
	 * A public read-only list of all the '<em><b>Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Channel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Channel</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Channel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Channel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Channel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Channel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Channel get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case TWENTY_FOUR_SEVEN_VALUE: return TWENTY_FOUR_SEVEN;
			case CENTRAL_AUTHORITY_VALUE: return CENTRAL_AUTHORITY;
			case DIPLOMATIC_VALUE: return DIPLOMATIC;
			case INTERPOL_VALUE: return INTERPOL;
			case POLICE_TO_POLICE_VALUE: return POLICE_TO_POLICE;
			case DIRECT_TO_PROVIDER_VALUE: return DIRECT_TO_PROVIDER;
			case DOMESTIC_COURT_VALUE: return DOMESTIC_COURT;
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
	private Channel(int value, String name, String literal) {
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
	
} //Channel
