/**
 */
package org.rogatory.treaty.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Instrument Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Whether an instrument is used inside one State or between States. The engine needs it to tell a domestic order from a request to another State.
 * <!-- end-model-doc -->
 * @see org.rogatory.treaty.model.TreatyPackage#getInstrumentLevel()
 * @model
 * @generated
 */
public enum InstrumentLevel implements Enumerator {
	/**
	 * The '<em><b>DOMESTIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOMESTIC_VALUE
	 * @generated
	 * @ordered
	 */
	DOMESTIC(0, "DOMESTIC", "DOMESTIC"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INTERNATIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNATIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNATIONAL(1, "INTERNATIONAL", "INTERNATIONAL"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NOT APPLICABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_APPLICABLE_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_APPLICABLE(2, "NOT_APPLICABLE", "NOT_APPLICABLE"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DOMESTIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOMESTIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DOMESTIC_VALUE = 0;

	/**
	 * The '<em><b>INTERNATIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNATIONAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERNATIONAL_VALUE = 1;

	/**
	 * The '<em><b>NOT APPLICABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_APPLICABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_APPLICABLE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Instrument Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InstrumentLevel[] VALUES_ARRAY =
		new InstrumentLevel[] {
			DOMESTIC,
			INTERNATIONAL,
			NOT_APPLICABLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Instrument Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InstrumentLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Instrument Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InstrumentLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Instrument Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InstrumentLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Instrument Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentLevel get(int value) {
		switch (value) {
			case DOMESTIC_VALUE: return DOMESTIC;
			case INTERNATIONAL_VALUE: return INTERNATIONAL;
			case NOT_APPLICABLE_VALUE: return NOT_APPLICABLE;
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
	private InstrumentLevel(int value, String name, String literal) {
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
	
} //InstrumentLevel
