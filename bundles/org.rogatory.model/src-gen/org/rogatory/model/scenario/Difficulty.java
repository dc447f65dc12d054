/**
 */
package org.rogatory.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Difficulty</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How demanding the scenario is; the user interface uses it to decide how much it helps, e.g. whether it flags missing request elements before a request is sent.
 * <!-- end-model-doc -->
 * @see org.rogatory.model.scenario.ScenarioPackage#getDifficulty()
 * @model
 * @generated
 */
public enum Difficulty implements Enumerator {
	/**
	 * The '<em><b>INTRODUCTORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For newcomers to the Convention: the most guidance.
	 * <!-- end-model-doc -->
	 * @see #INTRODUCTORY_VALUE
	 * @generated
	 * @ordered
	 */
	INTRODUCTORY(0, "INTRODUCTORY", "INTRODUCTORY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INTERMEDIATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For trainees with some experience.
	 * <!-- end-model-doc -->
	 * @see #INTERMEDIATE_VALUE
	 * @generated
	 * @ordered
	 */
	INTERMEDIATE(1, "INTERMEDIATE", "INTERMEDIATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ADVANCED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For practitioners: the least guidance.
	 * <!-- end-model-doc -->
	 * @see #ADVANCED_VALUE
	 * @generated
	 * @ordered
	 */
	ADVANCED(2, "ADVANCED", "ADVANCED"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INTRODUCTORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For newcomers to the Convention: the most guidance.
	 * <!-- end-model-doc -->
	 * @see #INTRODUCTORY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTRODUCTORY_VALUE = 0;

	/**
	 * The '<em><b>INTERMEDIATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For trainees with some experience.
	 * <!-- end-model-doc -->
	 * @see #INTERMEDIATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERMEDIATE_VALUE = 1;

	/**
	 * The '<em><b>ADVANCED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For practitioners: the least guidance.
	 * <!-- end-model-doc -->
	 * @see #ADVANCED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVANCED_VALUE = 2;

	/**
	 * An array of all the '<em><b>Difficulty</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Difficulty[] VALUES_ARRAY =
		new Difficulty[] {
			INTRODUCTORY,
			INTERMEDIATE,
			ADVANCED,
		};

	/**
	 * A public read-only list of all the '<em><b>Difficulty</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Difficulty> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Difficulty</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Difficulty get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Difficulty result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Difficulty</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Difficulty getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Difficulty result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Difficulty</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Difficulty get(int value) {
		switch (value) {
			case INTRODUCTORY_VALUE: return INTRODUCTORY;
			case INTERMEDIATE_VALUE: return INTERMEDIATE;
			case ADVANCED_VALUE: return ADVANCED;
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
	private Difficulty(int value, String name, String literal) {
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
	
} //Difficulty
