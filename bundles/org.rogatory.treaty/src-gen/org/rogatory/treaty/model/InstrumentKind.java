/**
 */
package org.rogatory.treaty.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Instrument Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What sort of choice an instrument is. It exists because the trainee may pick options that are not treaty measures at all, and the engine must know which of them the Convention forbids or does not support.
 * <!-- end-model-doc -->
 * @see org.rogatory.treaty.model.TreatyPackage#getInstrumentKind()
 * @model
 * @generated
 */
public enum InstrumentKind implements Enumerator {
	/**
	 * The '<em><b>LEGAL MEASURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A power or a form of cooperation that an article of the Convention provides.
	 * <!-- end-model-doc -->
	 * @see #LEGAL_MEASURE_VALUE
	 * @generated
	 * @ordered
	 */
	LEGAL_MEASURE(0, "LEGAL_MEASURE", "LEGAL_MEASURE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DECISION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A decision in the case (wait, consult, prosecute at home) rather than a request or an order.
	 * <!-- end-model-doc -->
	 * @see #DECISION_VALUE
	 * @generated
	 * @ordered
	 */
	DECISION(1, "DECISION", "DECISION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FORBIDDEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An action the Convention rules out, such as remote access to data abroad without consent (Art 5(2)).
	 * <!-- end-model-doc -->
	 * @see #FORBIDDEN_VALUE
	 * @generated
	 * @ordered
	 */
	FORBIDDEN(2, "FORBIDDEN", "FORBIDDEN"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NO TREATY BASIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An action for which this Convention gives no legal basis, such as a direct order to a foreign provider.
	 * <!-- end-model-doc -->
	 * @see #NO_TREATY_BASIS_VALUE
	 * @generated
	 * @ordered
	 */
	NO_TREATY_BASIS(3, "NO_TREATY_BASIS", "NO_TREATY_BASIS"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LEGAL MEASURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A power or a form of cooperation that an article of the Convention provides.
	 * <!-- end-model-doc -->
	 * @see #LEGAL_MEASURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEGAL_MEASURE_VALUE = 0;

	/**
	 * The '<em><b>DECISION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A decision in the case (wait, consult, prosecute at home) rather than a request or an order.
	 * <!-- end-model-doc -->
	 * @see #DECISION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DECISION_VALUE = 1;

	/**
	 * The '<em><b>FORBIDDEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An action the Convention rules out, such as remote access to data abroad without consent (Art 5(2)).
	 * <!-- end-model-doc -->
	 * @see #FORBIDDEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FORBIDDEN_VALUE = 2;

	/**
	 * The '<em><b>NO TREATY BASIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An action for which this Convention gives no legal basis, such as a direct order to a foreign provider.
	 * <!-- end-model-doc -->
	 * @see #NO_TREATY_BASIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NO_TREATY_BASIS_VALUE = 3;

	/**
	 * An array of all the '<em><b>Instrument Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InstrumentKind[] VALUES_ARRAY =
		new InstrumentKind[] {
			LEGAL_MEASURE,
			DECISION,
			FORBIDDEN,
			NO_TREATY_BASIS,
		};

	/**
	 * A public read-only list of all the '<em><b>Instrument Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InstrumentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Instrument Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InstrumentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Instrument Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InstrumentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Instrument Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentKind get(int value) {
		switch (value) {
			case LEGAL_MEASURE_VALUE: return LEGAL_MEASURE;
			case DECISION_VALUE: return DECISION;
			case FORBIDDEN_VALUE: return FORBIDDEN;
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
	private InstrumentKind(int value, String name, String literal) {
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
	
} //InstrumentKind
