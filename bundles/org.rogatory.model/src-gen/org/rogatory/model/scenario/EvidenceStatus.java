/**
 */
package org.rogatory.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Evidence Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where a data item stands in the simulation.
 * <!-- end-model-doc -->
 * @see org.rogatory.model.scenario.ScenarioPackage#getEvidenceStatus()
 * @model
 * @generated
 */
public enum EvidenceStatus implements Enumerator {
	/**
	 * The '<em><b>AT RISK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Held but not secured: it is lost when its deletion time passes.
	 * <!-- end-model-doc -->
	 * @see #AT_RISK_VALUE
	 * @generated
	 * @ordered
	 */
	AT_RISK(0, "AT_RISK", "AT_RISK"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PRESERVED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kept intact by a preservation order or request; not yet in the investigators' hands.
	 * <!-- end-model-doc -->
	 * @see #PRESERVED_VALUE
	 * @generated
	 * @ordered
	 */
	PRESERVED(1, "PRESERVED", "PRESERVED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DISCLOSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Handed over to the requesting authority.
	 * <!-- end-model-doc -->
	 * @see #DISCLOSED_VALUE
	 * @generated
	 * @ordered
	 */
	DISCLOSED(2, "DISCLOSED", "DISCLOSED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SEIZED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seized or secured by an authority.
	 * <!-- end-model-doc -->
	 * @see #SEIZED_VALUE
	 * @generated
	 * @ordered
	 */
	SEIZED(3, "SEIZED", "SEIZED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LOST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Deleted or otherwise gone for good.
	 * <!-- end-model-doc -->
	 * @see #LOST_VALUE
	 * @generated
	 * @ordered
	 */
	LOST(4, "LOST", "LOST"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AT RISK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Held but not secured: it is lost when its deletion time passes.
	 * <!-- end-model-doc -->
	 * @see #AT_RISK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AT_RISK_VALUE = 0;

	/**
	 * The '<em><b>PRESERVED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kept intact by a preservation order or request; not yet in the investigators' hands.
	 * <!-- end-model-doc -->
	 * @see #PRESERVED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRESERVED_VALUE = 1;

	/**
	 * The '<em><b>DISCLOSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Handed over to the requesting authority.
	 * <!-- end-model-doc -->
	 * @see #DISCLOSED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISCLOSED_VALUE = 2;

	/**
	 * The '<em><b>SEIZED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seized or secured by an authority.
	 * <!-- end-model-doc -->
	 * @see #SEIZED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEIZED_VALUE = 3;

	/**
	 * The '<em><b>LOST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Deleted or otherwise gone for good.
	 * <!-- end-model-doc -->
	 * @see #LOST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOST_VALUE = 4;

	/**
	 * An array of all the '<em><b>Evidence Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EvidenceStatus[] VALUES_ARRAY =
		new EvidenceStatus[] {
			AT_RISK,
			PRESERVED,
			DISCLOSED,
			SEIZED,
			LOST,
		};

	/**
	 * A public read-only list of all the '<em><b>Evidence Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EvidenceStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Evidence Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvidenceStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evidence Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvidenceStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evidence Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceStatus get(int value) {
		switch (value) {
			case AT_RISK_VALUE: return AT_RISK;
			case PRESERVED_VALUE: return PRESERVED;
			case DISCLOSED_VALUE: return DISCLOSED;
			case SEIZED_VALUE: return SEIZED;
			case LOST_VALUE: return LOST;
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
	private EvidenceStatus(int value, String name, String literal) {
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
	
} //EvidenceStatus
