/**
 */
package org.rogatory.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Person Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The part a person plays in the case.
 * <!-- end-model-doc -->
 * @see org.rogatory.model.scenario.ScenarioPackage#getPersonRole()
 * @model
 * @generated
 */
public enum PersonRole implements Enumerator {
	/**
	 * The '<em><b>SUSPECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Suspected of the offence.
	 * <!-- end-model-doc -->
	 * @see #SUSPECT_VALUE
	 * @generated
	 * @ordered
	 */
	SUSPECT(0, "SUSPECT", "SUSPECT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VICTIM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Harmed by the offence.
	 * <!-- end-model-doc -->
	 * @see #VICTIM_VALUE
	 * @generated
	 * @ordered
	 */
	VICTIM(1, "VICTIM", "VICTIM"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>WITNESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Can give evidence.
	 * <!-- end-model-doc -->
	 * @see #WITNESS_VALUE
	 * @generated
	 * @ordered
	 */
	WITNESS(2, "WITNESS", "WITNESS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other part.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(3, "OTHER", "OTHER"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SUSPECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Suspected of the offence.
	 * <!-- end-model-doc -->
	 * @see #SUSPECT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUSPECT_VALUE = 0;

	/**
	 * The '<em><b>VICTIM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Harmed by the offence.
	 * <!-- end-model-doc -->
	 * @see #VICTIM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VICTIM_VALUE = 1;

	/**
	 * The '<em><b>WITNESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Can give evidence.
	 * <!-- end-model-doc -->
	 * @see #WITNESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WITNESS_VALUE = 2;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other part.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 3;

	/**
	 * An array of all the '<em><b>Person Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PersonRole[] VALUES_ARRAY =
		new PersonRole[] {
			SUSPECT,
			VICTIM,
			WITNESS,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Person Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PersonRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Person Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PersonRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PersonRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Person Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PersonRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PersonRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Person Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PersonRole get(int value) {
		switch (value) {
			case SUSPECT_VALUE: return SUSPECT;
			case VICTIM_VALUE: return VICTIM;
			case WITNESS_VALUE: return WITNESS;
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
	private PersonRole(int value, String name, String literal) {
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
	
} //PersonRole
