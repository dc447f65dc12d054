/**
 */
package org.rogatory.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Convention Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where a State stands towards the Convention.
 * <!-- end-model-doc -->
 * @see org.rogatory.model.scenario.ScenarioPackage#getConventionStatus()
 * @model
 * @generated
 */
public enum ConventionStatus implements Enumerator {
	/**
	 * The '<em><b>NON SIGNATORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Has neither signed nor joined: the Convention gives no basis for cooperation with it.
	 * <!-- end-model-doc -->
	 * @see #NON_SIGNATORY_VALUE
	 * @generated
	 * @ordered
	 */
	NON_SIGNATORY(0, "NON_SIGNATORY", "NON_SIGNATORY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SIGNATORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Has signed but is not bound (no ratification, acceptance, approval or accession in force).
	 * <!-- end-model-doc -->
	 * @see #SIGNATORY_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNATORY(1, "SIGNATORY", "SIGNATORY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PARTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Is bound: its instrument is deposited and the Convention is in force for it.
	 * <!-- end-model-doc -->
	 * @see #PARTY_VALUE
	 * @generated
	 * @ordered
	 */
	PARTY(2, "PARTY", "PARTY"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NON SIGNATORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Has neither signed nor joined: the Convention gives no basis for cooperation with it.
	 * <!-- end-model-doc -->
	 * @see #NON_SIGNATORY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NON_SIGNATORY_VALUE = 0;

	/**
	 * The '<em><b>SIGNATORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Has signed but is not bound (no ratification, acceptance, approval or accession in force).
	 * <!-- end-model-doc -->
	 * @see #SIGNATORY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIGNATORY_VALUE = 1;

	/**
	 * The '<em><b>PARTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Is bound: its instrument is deposited and the Convention is in force for it.
	 * <!-- end-model-doc -->
	 * @see #PARTY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTY_VALUE = 2;

	/**
	 * An array of all the '<em><b>Convention Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConventionStatus[] VALUES_ARRAY =
		new ConventionStatus[] {
			NON_SIGNATORY,
			SIGNATORY,
			PARTY,
		};

	/**
	 * A public read-only list of all the '<em><b>Convention Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConventionStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Convention Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConventionStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConventionStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Convention Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConventionStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConventionStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Convention Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConventionStatus get(int value) {
		switch (value) {
			case NON_SIGNATORY_VALUE: return NON_SIGNATORY;
			case SIGNATORY_VALUE: return SIGNATORY;
			case PARTY_VALUE: return PARTY;
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
	private ConventionStatus(int value, String name, String literal) {
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
	
} //ConventionStatus
