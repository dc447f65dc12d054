/**
 */
package org.rogatory.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Data Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Categories of electronic data as the Convention defines them (Art. 2).
 * <!-- end-model-doc -->
 * @see org.rogatory.model.scenario.ScenarioPackage#getDataCategory()
 * @model
 * @generated
 */
public enum DataCategory implements Enumerator {
	/**
	 * The '<em><b>SUBSCRIBER INFORMATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Information about a subscriber other than traffic or content data (Art. 2(f)).
	 * <!-- end-model-doc -->
	 * @see #SUBSCRIBER_INFORMATION_VALUE
	 * @generated
	 * @ordered
	 */
	SUBSCRIBER_INFORMATION(0, "SUBSCRIBER_INFORMATION", "SUBSCRIBER_INFORMATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TRAFFIC DATA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data about a communication: origin, destination, route, time, size, duration, service (Art. 2(c)).
	 * <!-- end-model-doc -->
	 * @see #TRAFFIC_DATA_VALUE
	 * @generated
	 * @ordered
	 */
	TRAFFIC_DATA(1, "TRAFFIC_DATA", "TRAFFIC_DATA"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONTENT DATA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The substance of a communication (Art. 2(d)).
	 * <!-- end-model-doc -->
	 * @see #CONTENT_DATA_VALUE
	 * @generated
	 * @ordered
	 */
	CONTENT_DATA(2, "CONTENT_DATA", "CONTENT_DATA"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other stored electronic data (e.g. files on a seized device).
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(3, "OTHER", "OTHER"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SUBSCRIBER INFORMATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Information about a subscriber other than traffic or content data (Art. 2(f)).
	 * <!-- end-model-doc -->
	 * @see #SUBSCRIBER_INFORMATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBSCRIBER_INFORMATION_VALUE = 0;

	/**
	 * The '<em><b>TRAFFIC DATA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data about a communication: origin, destination, route, time, size, duration, service (Art. 2(c)).
	 * <!-- end-model-doc -->
	 * @see #TRAFFIC_DATA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAFFIC_DATA_VALUE = 1;

	/**
	 * The '<em><b>CONTENT DATA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The substance of a communication (Art. 2(d)).
	 * <!-- end-model-doc -->
	 * @see #CONTENT_DATA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTENT_DATA_VALUE = 2;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other stored electronic data (e.g. files on a seized device).
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 3;

	/**
	 * An array of all the '<em><b>Data Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DataCategory[] VALUES_ARRAY =
		new DataCategory[] {
			SUBSCRIBER_INFORMATION,
			TRAFFIC_DATA,
			CONTENT_DATA,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Data Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DataCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Data Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataCategory get(int value) {
		switch (value) {
			case SUBSCRIBER_INFORMATION_VALUE: return SUBSCRIBER_INFORMATION;
			case TRAFFIC_DATA_VALUE: return TRAFFIC_DATA;
			case CONTENT_DATA_VALUE: return CONTENT_DATA;
			case OTHER_VALUE: return OTHER;
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
	private DataCategory(int value, String name, String literal) {
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
	
} //DataCategory
