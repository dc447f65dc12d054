/**
 */
package org.rogatory.treaty.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Channel Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a channel may be used for one instrument. It exists so that the engine can score the trainee's choice of channel.
 * <!-- end-model-doc -->
 * @see org.rogatory.treaty.model.TreatyPackage#getChannelRole()
 * @model
 * @generated
 */
public enum ChannelRole implements Enumerator {
	/**
	 * The '<em><b>PRIMARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The normal channel.
	 * <!-- end-model-doc -->
	 * @see #PRIMARY_VALUE
	 * @generated
	 * @ordered
	 */
	PRIMARY(0, "PRIMARY", "PRIMARY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ALTERNATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Also allowed, without special conditions.
	 * <!-- end-model-doc -->
	 * @see #ALTERNATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	ALTERNATIVE(1, "ALTERNATIVE", "ALTERNATIVE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONDITIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Allowed only under the condition stated on the use.
	 * <!-- end-model-doc -->
	 * @see #CONDITIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	CONDITIONAL(2, "CONDITIONAL", "CONDITIONAL"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NO TREATY BASIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not a channel under this Convention.
	 * <!-- end-model-doc -->
	 * @see #NO_TREATY_BASIS_VALUE
	 * @generated
	 * @ordered
	 */
	NO_TREATY_BASIS(3, "NO_TREATY_BASIS", "NO_TREATY_BASIS"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PRIMARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The normal channel.
	 * <!-- end-model-doc -->
	 * @see #PRIMARY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRIMARY_VALUE = 0;

	/**
	 * The '<em><b>ALTERNATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Also allowed, without special conditions.
	 * <!-- end-model-doc -->
	 * @see #ALTERNATIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALTERNATIVE_VALUE = 1;

	/**
	 * The '<em><b>CONDITIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Allowed only under the condition stated on the use.
	 * <!-- end-model-doc -->
	 * @see #CONDITIONAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONDITIONAL_VALUE = 2;

	/**
	 * The '<em><b>NO TREATY BASIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not a channel under this Convention.
	 * <!-- end-model-doc -->
	 * @see #NO_TREATY_BASIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NO_TREATY_BASIS_VALUE = 3;

	/**
	 * An array of all the '<em><b>Channel Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ChannelRole[] VALUES_ARRAY =
		new ChannelRole[] {
			PRIMARY,
			ALTERNATIVE,
			CONDITIONAL,
			NO_TREATY_BASIS,
		};

	/**
	 * A public read-only list of all the '<em><b>Channel Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ChannelRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Channel Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChannelRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChannelRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelRole get(int value) {
		switch (value) {
			case PRIMARY_VALUE: return PRIMARY;
			case ALTERNATIVE_VALUE: return ALTERNATIVE;
			case CONDITIONAL_VALUE: return CONDITIONAL;
			case NO_TREATY_BASIS_VALUE: return NO_TREATY_BASIS;
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
	private ChannelRole(int value, String name, String literal) {
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
	
} //ChannelRole
