/**
 */
package org.rogatory.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Declaration Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The legal nature of a statement a State makes under the Convention.
 * <!-- end-model-doc -->
 * @see org.rogatory.model.scenario.ScenarioPackage#getDeclarationKind()
 * @model
 * @generated
 */
public enum DeclarationKind implements Enumerator {
	/**
	 * The '<em><b>DECLARATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * States how the State applies a provision (e.g. whether the Convention is its legal basis for extradition, Art. 37).
	 * <!-- end-model-doc -->
	 * @see #DECLARATION_VALUE
	 * @generated
	 * @ordered
	 */
	DECLARATION(0, "DECLARATION", "DECLARATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RESERVATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Excludes or modifies a provision where the Convention allows it (e.g. the dual-criminality reservation for preservation requests, Art. 42).
	 * <!-- end-model-doc -->
	 * @see #RESERVATION_VALUE
	 * @generated
	 * @ordered
	 */
	RESERVATION(1, "RESERVATION", "RESERVATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NOTIFICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Information given to the depositary (e.g. accepted languages, the channel it requires).
	 * <!-- end-model-doc -->
	 * @see #NOTIFICATION_VALUE
	 * @generated
	 * @ordered
	 */
	NOTIFICATION(2, "NOTIFICATION", "NOTIFICATION"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DECLARATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * States how the State applies a provision (e.g. whether the Convention is its legal basis for extradition, Art. 37).
	 * <!-- end-model-doc -->
	 * @see #DECLARATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DECLARATION_VALUE = 0;

	/**
	 * The '<em><b>RESERVATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Excludes or modifies a provision where the Convention allows it (e.g. the dual-criminality reservation for preservation requests, Art. 42).
	 * <!-- end-model-doc -->
	 * @see #RESERVATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESERVATION_VALUE = 1;

	/**
	 * The '<em><b>NOTIFICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Information given to the depositary (e.g. accepted languages, the channel it requires).
	 * <!-- end-model-doc -->
	 * @see #NOTIFICATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOTIFICATION_VALUE = 2;

	/**
	 * An array of all the '<em><b>Declaration Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DeclarationKind[] VALUES_ARRAY =
		new DeclarationKind[] {
			DECLARATION,
			RESERVATION,
			NOTIFICATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Declaration Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DeclarationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Declaration Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeclarationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeclarationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Declaration Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeclarationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeclarationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Declaration Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeclarationKind get(int value) {
		switch (value) {
			case DECLARATION_VALUE: return DECLARATION;
			case RESERVATION_VALUE: return RESERVATION;
			case NOTIFICATION_VALUE: return NOTIFICATION;
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
	private DeclarationKind(int value, String name, String literal) {
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
	
} //DeclarationKind
