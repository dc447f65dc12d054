/**
 */
package org.rogatory.treaty.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Verification Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How far an item has been checked. It exists so that feedback never presents a guess as treaty text. UNVERIFIED is the first literal on purpose: it is the default, so an item is never verified by accident. Status attributes are unsettable and required, so the data file always states the status.
 * <!-- end-model-doc -->
 * @see org.rogatory.treaty.model.TreatyPackage#getVerificationStatus()
 * @model
 * @generated
 */
public enum VerificationStatus implements Enumerator {
	/**
	 * The '<em><b>UNVERIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reconstructed ([R] or [R-num?] in the notes); not checked against the official text.
	 * <!-- end-model-doc -->
	 * @see #UNVERIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNVERIFIED(0, "UNVERIFIED", "UNVERIFIED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SECONDARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Backed by a secondary source ([S] in the notes): press, NGO or negotiator commentary, not treaty text.
	 * <!-- end-model-doc -->
	 * @see #SECONDARY_VALUE
	 * @generated
	 * @ordered
	 */
	SECONDARY(1, "SECONDARY", "SECONDARY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VERIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Checked against a primary text ([P] in the notes): an official-language text of the Convention, the UN depositary record, or the authentic Budapest text.
	 * <!-- end-model-doc -->
	 * @see #VERIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	VERIFIED(2, "VERIFIED", "VERIFIED"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNVERIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reconstructed ([R] or [R-num?] in the notes); not checked against the official text.
	 * <!-- end-model-doc -->
	 * @see #UNVERIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNVERIFIED_VALUE = 0;

	/**
	 * The '<em><b>SECONDARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Backed by a secondary source ([S] in the notes): press, NGO or negotiator commentary, not treaty text.
	 * <!-- end-model-doc -->
	 * @see #SECONDARY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECONDARY_VALUE = 1;

	/**
	 * The '<em><b>VERIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Checked against a primary text ([P] in the notes): an official-language text of the Convention, the UN depositary record, or the authentic Budapest text.
	 * <!-- end-model-doc -->
	 * @see #VERIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VERIFIED_VALUE = 2;

	/**
	 * An array of all the '<em><b>Verification Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final VerificationStatus[] VALUES_ARRAY =
		new VerificationStatus[] {
			UNVERIFIED,
			SECONDARY,
			VERIFIED,
		};

	/**
	 * A public read-only list of all the '<em><b>Verification Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<VerificationStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Verification Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VerificationStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VerificationStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Verification Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VerificationStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VerificationStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Verification Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VerificationStatus get(int value) {
		switch (value) {
			case UNVERIFIED_VALUE: return UNVERIFIED;
			case SECONDARY_VALUE: return SECONDARY;
			case VERIFIED_VALUE: return VERIFIED;
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
	private VerificationStatus(int value, String name, String literal) {
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
	
} //VerificationStatus
