/**
 */
package org.rogatory.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Legal Basis</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The legal basis an action invokes.
 * <!-- end-model-doc -->
 * @see org.rogatory.model.scenario.ScenarioPackage#getLegalBasis()
 * @model
 * @generated
 */
public enum LegalBasis implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No legal basis is invoked.
	 * <!-- end-model-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONVENTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The UN Convention against Cybercrime.
	 * <!-- end-model-doc -->
	 * @see #CONVENTION_VALUE
	 * @generated
	 * @ordered
	 */
	CONVENTION(1, "CONVENTION", "CONVENTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER TREATY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A bilateral or other multilateral treaty.
	 * <!-- end-model-doc -->
	 * @see #OTHER_TREATY_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER_TREATY(2, "OTHER_TREATY", "OTHER_TREATY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RECIPROCITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reciprocity or comity, without a treaty.
	 * <!-- end-model-doc -->
	 * @see #RECIPROCITY_VALUE
	 * @generated
	 * @ordered
	 */
	RECIPROCITY(3, "RECIPROCITY", "RECIPROCITY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DOMESTIC LAW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The State's own law only.
	 * <!-- end-model-doc -->
	 * @see #DOMESTIC_LAW_VALUE
	 * @generated
	 * @ordered
	 */
	DOMESTIC_LAW(4, "DOMESTIC_LAW", "DOMESTIC_LAW"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No legal basis is invoked.
	 * <!-- end-model-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>CONVENTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The UN Convention against Cybercrime.
	 * <!-- end-model-doc -->
	 * @see #CONVENTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONVENTION_VALUE = 1;

	/**
	 * The '<em><b>OTHER TREATY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A bilateral or other multilateral treaty.
	 * <!-- end-model-doc -->
	 * @see #OTHER_TREATY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_TREATY_VALUE = 2;

	/**
	 * The '<em><b>RECIPROCITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reciprocity or comity, without a treaty.
	 * <!-- end-model-doc -->
	 * @see #RECIPROCITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RECIPROCITY_VALUE = 3;

	/**
	 * The '<em><b>DOMESTIC LAW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The State's own law only.
	 * <!-- end-model-doc -->
	 * @see #DOMESTIC_LAW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DOMESTIC_LAW_VALUE = 4;

	/**
	 * An array of all the '<em><b>Legal Basis</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LegalBasis[] VALUES_ARRAY =
		new LegalBasis[] {
			NONE,
			CONVENTION,
			OTHER_TREATY,
			RECIPROCITY,
			DOMESTIC_LAW,
		};

	/**
	 * A public read-only list of all the '<em><b>Legal Basis</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LegalBasis> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Legal Basis</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LegalBasis get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LegalBasis result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Legal Basis</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LegalBasis getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LegalBasis result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Legal Basis</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LegalBasis get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case CONVENTION_VALUE: return CONVENTION;
			case OTHER_TREATY_VALUE: return OTHER_TREATY;
			case RECIPROCITY_VALUE: return RECIPROCITY;
			case DOMESTIC_LAW_VALUE: return DOMESTIC_LAW;
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
	private LegalBasis(int value, String name, String literal) {
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
	
} //LegalBasis
