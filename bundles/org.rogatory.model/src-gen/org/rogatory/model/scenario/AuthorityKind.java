/**
 */
package org.rogatory.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Authority Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What kind of body an authority is (its designations are set on the State).
 * <!-- end-model-doc -->
 * @see org.rogatory.model.scenario.ScenarioPackage#getAuthorityKind()
 * @model
 * @generated
 */
public enum AuthorityKind implements Enumerator {
	/**
	 * The '<em><b>PROSECUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A public prosecution service or investigating magistrate.
	 * <!-- end-model-doc -->
	 * @see #PROSECUTION_VALUE
	 * @generated
	 * @ordered
	 */
	PROSECUTION(0, "PROSECUTION", "PROSECUTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>POLICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A police or other law-enforcement agency, including cybercrime units.
	 * <!-- end-model-doc -->
	 * @see #POLICE_VALUE
	 * @generated
	 * @ordered
	 */
	POLICE(1, "POLICE", "POLICE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MINISTRY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A ministry (justice, interior, foreign affairs), e.g. the diplomatic channel.
	 * <!-- end-model-doc -->
	 * @see #MINISTRY_VALUE
	 * @generated
	 * @ordered
	 */
	MINISTRY(2, "MINISTRY", "MINISTRY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FINANCIAL INTELLIGENCE UNIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A financial intelligence unit or asset recovery office.
	 * <!-- end-model-doc -->
	 * @see #FINANCIAL_INTELLIGENCE_UNIT_VALUE
	 * @generated
	 * @ordered
	 */
	FINANCIAL_INTELLIGENCE_UNIT(3, "FINANCIAL_INTELLIGENCE_UNIT", "FINANCIAL_INTELLIGENCE_UNIT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other public body.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(4, "OTHER", "OTHER"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROSECUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A public prosecution service or investigating magistrate.
	 * <!-- end-model-doc -->
	 * @see #PROSECUTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROSECUTION_VALUE = 0;

	/**
	 * The '<em><b>POLICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A police or other law-enforcement agency, including cybercrime units.
	 * <!-- end-model-doc -->
	 * @see #POLICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICE_VALUE = 1;

	/**
	 * The '<em><b>MINISTRY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A ministry (justice, interior, foreign affairs), e.g. the diplomatic channel.
	 * <!-- end-model-doc -->
	 * @see #MINISTRY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MINISTRY_VALUE = 2;

	/**
	 * The '<em><b>FINANCIAL INTELLIGENCE UNIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A financial intelligence unit or asset recovery office.
	 * <!-- end-model-doc -->
	 * @see #FINANCIAL_INTELLIGENCE_UNIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FINANCIAL_INTELLIGENCE_UNIT_VALUE = 3;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other public body.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Authority Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AuthorityKind[] VALUES_ARRAY =
		new AuthorityKind[] {
			PROSECUTION,
			POLICE,
			MINISTRY,
			FINANCIAL_INTELLIGENCE_UNIT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Authority Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AuthorityKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Authority Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AuthorityKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AuthorityKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Authority Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AuthorityKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AuthorityKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Authority Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AuthorityKind get(int value) {
		switch (value) {
			case PROSECUTION_VALUE: return PROSECUTION;
			case POLICE_VALUE: return POLICE;
			case MINISTRY_VALUE: return MINISTRY;
			case FINANCIAL_INTELLIGENCE_UNIT_VALUE: return FINANCIAL_INTELLIGENCE_UNIT;
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
	private AuthorityKind(int value, String name, String literal) {
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
	
} //AuthorityKind
