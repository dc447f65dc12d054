/**
 */
package org.rogatory.treaty.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Scope Rule</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Which offences an instrument can be used for. It exists because the Convention limits some cooperation to its own offences (Arts 7-17) and opens evidence cooperation to any serious crime (Art 2(h), Art 35).
 * <!-- end-model-doc -->
 * @see org.rogatory.treaty.model.TreatyPackage#getScopeRule()
 * @model
 * @generated
 */
public enum ScopeRule implements Enumerator {
	/**
	 * The '<em><b>CONVENTION OFFENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only offences established under this Convention (Arts 7-17).
	 * <!-- end-model-doc -->
	 * @see #CONVENTION_OFFENCE_VALUE
	 * @generated
	 * @ordered
	 */
	CONVENTION_OFFENCE(0, "CONVENTION_OFFENCE", "CONVENTION_OFFENCE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONVENTION OFFENCE OR SERIOUS CRIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A Convention offence, or electronic evidence of a serious crime (maximum penalty of at least four years).
	 * <!-- end-model-doc -->
	 * @see #CONVENTION_OFFENCE_OR_SERIOUS_CRIME_VALUE
	 * @generated
	 * @ordered
	 */
	CONVENTION_OFFENCE_OR_SERIOUS_CRIME(1, "CONVENTION_OFFENCE_OR_SERIOUS_CRIME", "CONVENTION_OFFENCE_OR_SERIOUS_CRIME"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ANY CRIMINAL OFFENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domestic procedural powers (Art 23(2)): Convention offences, other offences committed through an ICT system, and electronic evidence of any criminal offence.
	 * <!-- end-model-doc -->
	 * @see #ANY_CRIMINAL_OFFENCE_VALUE
	 * @generated
	 * @ordered
	 */
	ANY_CRIMINAL_OFFENCE(2, "ANY_CRIMINAL_OFFENCE", "ANY_CRIMINAL_OFFENCE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DOMESTIC SERIOUS OFFENCES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A range of serious offences that domestic law defines (interception, Art 30).
	 * <!-- end-model-doc -->
	 * @see #DOMESTIC_SERIOUS_OFFENCES_VALUE
	 * @generated
	 * @ordered
	 */
	DOMESTIC_SERIOUS_OFFENCES(3, "DOMESTIC_SERIOUS_OFFENCES", "DOMESTIC_SERIOUS_OFFENCES"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NOT STATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The notes do not say. The engine must not invent a rule.
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
	 * The '<em><b>CONVENTION OFFENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only offences established under this Convention (Arts 7-17).
	 * <!-- end-model-doc -->
	 * @see #CONVENTION_OFFENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONVENTION_OFFENCE_VALUE = 0;

	/**
	 * The '<em><b>CONVENTION OFFENCE OR SERIOUS CRIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A Convention offence, or electronic evidence of a serious crime (maximum penalty of at least four years).
	 * <!-- end-model-doc -->
	 * @see #CONVENTION_OFFENCE_OR_SERIOUS_CRIME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONVENTION_OFFENCE_OR_SERIOUS_CRIME_VALUE = 1;

	/**
	 * The '<em><b>ANY CRIMINAL OFFENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domestic procedural powers (Art 23(2)): Convention offences, other offences committed through an ICT system, and electronic evidence of any criminal offence.
	 * <!-- end-model-doc -->
	 * @see #ANY_CRIMINAL_OFFENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANY_CRIMINAL_OFFENCE_VALUE = 2;

	/**
	 * The '<em><b>DOMESTIC SERIOUS OFFENCES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A range of serious offences that domestic law defines (interception, Art 30).
	 * <!-- end-model-doc -->
	 * @see #DOMESTIC_SERIOUS_OFFENCES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DOMESTIC_SERIOUS_OFFENCES_VALUE = 3;

	/**
	 * The '<em><b>NOT STATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The notes do not say. The engine must not invent a rule.
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
	 * An array of all the '<em><b>Scope Rule</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ScopeRule[] VALUES_ARRAY =
		new ScopeRule[] {
			CONVENTION_OFFENCE,
			CONVENTION_OFFENCE_OR_SERIOUS_CRIME,
			ANY_CRIMINAL_OFFENCE,
			DOMESTIC_SERIOUS_OFFENCES,
			NOT_STATED,
			NOT_APPLICABLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Scope Rule</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ScopeRule> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Scope Rule</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScopeRule get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScopeRule result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scope Rule</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScopeRule getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScopeRule result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scope Rule</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScopeRule get(int value) {
		switch (value) {
			case CONVENTION_OFFENCE_VALUE: return CONVENTION_OFFENCE;
			case CONVENTION_OFFENCE_OR_SERIOUS_CRIME_VALUE: return CONVENTION_OFFENCE_OR_SERIOUS_CRIME;
			case ANY_CRIMINAL_OFFENCE_VALUE: return ANY_CRIMINAL_OFFENCE;
			case DOMESTIC_SERIOUS_OFFENCES_VALUE: return DOMESTIC_SERIOUS_OFFENCES;
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
	private ScopeRule(int value, String name, String literal) {
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
	
} //ScopeRule
