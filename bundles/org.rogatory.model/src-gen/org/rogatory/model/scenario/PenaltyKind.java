/**
 */
package org.rogatory.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Penalty Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The most severe penalty a domestic offence carries.
 * <!-- end-model-doc -->
 * @see org.rogatory.model.scenario.ScenarioPackage#getPenaltyKind()
 * @model
 * @generated
 */
public enum PenaltyKind implements Enumerator {
	/**
	 * The '<em><b>IMPRISONMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Deprivation of liberty for at most the given number of months.
	 * <!-- end-model-doc -->
	 * @see #IMPRISONMENT_VALUE
	 * @generated
	 * @ordered
	 */
	IMPRISONMENT(0, "IMPRISONMENT", "IMPRISONMENT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LIFE IMPRISONMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Deprivation of liberty for life: above every threshold.
	 * <!-- end-model-doc -->
	 * @see #LIFE_IMPRISONMENT_VALUE
	 * @generated
	 * @ordered
	 */
	LIFE_IMPRISONMENT(1, "LIFE_IMPRISONMENT", "LIFE_IMPRISONMENT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FINE ONLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No deprivation of liberty: below every threshold.
	 * <!-- end-model-doc -->
	 * @see #FINE_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	FINE_ONLY(2, "FINE_ONLY", "FINE_ONLY"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>IMPRISONMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Deprivation of liberty for at most the given number of months.
	 * <!-- end-model-doc -->
	 * @see #IMPRISONMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IMPRISONMENT_VALUE = 0;

	/**
	 * The '<em><b>LIFE IMPRISONMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Deprivation of liberty for life: above every threshold.
	 * <!-- end-model-doc -->
	 * @see #LIFE_IMPRISONMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LIFE_IMPRISONMENT_VALUE = 1;

	/**
	 * The '<em><b>FINE ONLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No deprivation of liberty: below every threshold.
	 * <!-- end-model-doc -->
	 * @see #FINE_ONLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FINE_ONLY_VALUE = 2;

	/**
	 * An array of all the '<em><b>Penalty Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PenaltyKind[] VALUES_ARRAY =
		new PenaltyKind[] {
			IMPRISONMENT,
			LIFE_IMPRISONMENT,
			FINE_ONLY,
		};

	/**
	 * A public read-only list of all the '<em><b>Penalty Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PenaltyKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Penalty Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PenaltyKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PenaltyKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Penalty Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PenaltyKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PenaltyKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Penalty Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PenaltyKind get(int value) {
		switch (value) {
			case IMPRISONMENT_VALUE: return IMPRISONMENT;
			case LIFE_IMPRISONMENT_VALUE: return LIFE_IMPRISONMENT;
			case FINE_ONLY_VALUE: return FINE_ONLY;
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
	private PenaltyKind(int value, String name, String literal) {
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
	
} //PenaltyKind
