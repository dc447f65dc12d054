/**
 */
package org.rogatory.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Verdict</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How an action measures against the Convention.
 * <!-- end-model-doc -->
 * @see org.rogatory.model.scenario.ScenarioPackage#getVerdict()
 * @model
 * @generated
 */
public enum Verdict implements Enumerator {
	/**
	 * The '<em><b>COMPLIANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Consistent with the Convention and the best available choice.
	 * <!-- end-model-doc -->
	 * @see #COMPLIANT_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLIANT(0, "COMPLIANT", "COMPLIANT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COMPLIANT WEAKER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lawful, but a better option existed (slower, weaker or riskier).
	 * <!-- end-model-doc -->
	 * @see #COMPLIANT_WEAKER_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLIANT_WEAKER(1, "COMPLIANT_WEAKER", "COMPLIANT_WEAKER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NON COMPLIANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inconsistent with the Convention or with the States' declarations.
	 * <!-- end-model-doc -->
	 * @see #NON_COMPLIANT_VALUE
	 * @generated
	 * @ordered
	 */
	NON_COMPLIANT(2, "NON_COMPLIANT", "NON_COMPLIANT"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COMPLIANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Consistent with the Convention and the best available choice.
	 * <!-- end-model-doc -->
	 * @see #COMPLIANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPLIANT_VALUE = 0;

	/**
	 * The '<em><b>COMPLIANT WEAKER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lawful, but a better option existed (slower, weaker or riskier).
	 * <!-- end-model-doc -->
	 * @see #COMPLIANT_WEAKER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPLIANT_WEAKER_VALUE = 1;

	/**
	 * The '<em><b>NON COMPLIANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inconsistent with the Convention or with the States' declarations.
	 * <!-- end-model-doc -->
	 * @see #NON_COMPLIANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NON_COMPLIANT_VALUE = 2;

	/**
	 * An array of all the '<em><b>Verdict</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Verdict[] VALUES_ARRAY =
		new Verdict[] {
			COMPLIANT,
			COMPLIANT_WEAKER,
			NON_COMPLIANT,
		};

	/**
	 * A public read-only list of all the '<em><b>Verdict</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Verdict> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Verdict</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Verdict get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Verdict result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Verdict</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Verdict getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Verdict result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Verdict</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Verdict get(int value) {
		switch (value) {
			case COMPLIANT_VALUE: return COMPLIANT;
			case COMPLIANT_WEAKER_VALUE: return COMPLIANT_WEAKER;
			case NON_COMPLIANT_VALUE: return NON_COMPLIANT;
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
	private Verdict(int value, String name, String literal) {
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
	
} //Verdict
