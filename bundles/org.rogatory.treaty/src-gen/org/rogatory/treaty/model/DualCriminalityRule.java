/**
 */
package org.rogatory.treaty.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Dual Criminality Rule</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Whether the conduct must be a crime in both States. Where it is required, it is judged by the conduct, not by the name or category of the offence (see the fact dual-criminality-by-conduct).
 * <!-- end-model-doc -->
 * @see org.rogatory.treaty.model.TreatyPackage#getDualCriminalityRule()
 * @model
 * @generated
 */
public enum DualCriminalityRule implements Enumerator {
	/**
	 * The '<em><b>REQUIRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Always required (extradition).
	 * <!-- end-model-doc -->
	 * @see #REQUIRED_VALUE
	 * @generated
	 * @ordered
	 */
	REQUIRED(0, "REQUIRED", "REQUIRED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MAY DECLINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The requested State may decline when it is absent, but may also help anyway.
	 * <!-- end-model-doc -->
	 * @see #MAY_DECLINE_VALUE
	 * @generated
	 * @ordered
	 */
	MAY_DECLINE(1, "MAY_DECLINE", "MAY_DECLINE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NOT REQUIRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not a condition for this instrument.
	 * <!-- end-model-doc -->
	 * @see #NOT_REQUIRED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_REQUIRED(2, "NOT_REQUIRED", "NOT_REQUIRED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NOT REQUIRED UNLESS RESERVED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Waived, except where the requested State made a reservation (international preservation, Art 42).
	 * <!-- end-model-doc -->
	 * @see #NOT_REQUIRED_UNLESS_RESERVED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_REQUIRED_UNLESS_RESERVED(3, "NOT_REQUIRED_UNLESS_RESERVED", "NOT_REQUIRED_UNLESS_RESERVED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NOT STATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The notes do not say.
	 * <!-- end-model-doc -->
	 * @see #NOT_STATED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_STATED(4, "NOT_STATED", "NOT_STATED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NOT APPLICABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_APPLICABLE_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_APPLICABLE(5, "NOT_APPLICABLE", "NOT_APPLICABLE"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REQUIRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Always required (extradition).
	 * <!-- end-model-doc -->
	 * @see #REQUIRED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REQUIRED_VALUE = 0;

	/**
	 * The '<em><b>MAY DECLINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The requested State may decline when it is absent, but may also help anyway.
	 * <!-- end-model-doc -->
	 * @see #MAY_DECLINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MAY_DECLINE_VALUE = 1;

	/**
	 * The '<em><b>NOT REQUIRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not a condition for this instrument.
	 * <!-- end-model-doc -->
	 * @see #NOT_REQUIRED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_REQUIRED_VALUE = 2;

	/**
	 * The '<em><b>NOT REQUIRED UNLESS RESERVED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Waived, except where the requested State made a reservation (international preservation, Art 42).
	 * <!-- end-model-doc -->
	 * @see #NOT_REQUIRED_UNLESS_RESERVED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_REQUIRED_UNLESS_RESERVED_VALUE = 3;

	/**
	 * The '<em><b>NOT STATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The notes do not say.
	 * <!-- end-model-doc -->
	 * @see #NOT_STATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_STATED_VALUE = 4;

	/**
	 * The '<em><b>NOT APPLICABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_APPLICABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_APPLICABLE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Dual Criminality Rule</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DualCriminalityRule[] VALUES_ARRAY =
		new DualCriminalityRule[] {
			REQUIRED,
			MAY_DECLINE,
			NOT_REQUIRED,
			NOT_REQUIRED_UNLESS_RESERVED,
			NOT_STATED,
			NOT_APPLICABLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Dual Criminality Rule</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DualCriminalityRule> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Dual Criminality Rule</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DualCriminalityRule get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DualCriminalityRule result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dual Criminality Rule</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DualCriminalityRule getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DualCriminalityRule result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dual Criminality Rule</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DualCriminalityRule get(int value) {
		switch (value) {
			case REQUIRED_VALUE: return REQUIRED;
			case MAY_DECLINE_VALUE: return MAY_DECLINE;
			case NOT_REQUIRED_VALUE: return NOT_REQUIRED;
			case NOT_REQUIRED_UNLESS_RESERVED_VALUE: return NOT_REQUIRED_UNLESS_RESERVED;
			case NOT_STATED_VALUE: return NOT_STATED;
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
	private DualCriminalityRule(int value, String name, String literal) {
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
	
} //DualCriminalityRule
