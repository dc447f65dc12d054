/**
 */
package org.rogatory.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Asset Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where an asset (proceeds or instrumentality) stands in the simulation.
 * <!-- end-model-doc -->
 * @see org.rogatory.model.scenario.ScenarioPackage#getAssetStatus()
 * @model
 * @generated
 */
public enum AssetStatus implements Enumerator {
	/**
	 * The '<em><b>AT RISK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Can still be moved or spent.
	 * <!-- end-model-doc -->
	 * @see #AT_RISK_VALUE
	 * @generated
	 * @ordered
	 */
	AT_RISK(0, "AT_RISK", "AT_RISK"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FROZEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Frozen: temporarily may not be transferred.
	 * <!-- end-model-doc -->
	 * @see #FROZEN_VALUE
	 * @generated
	 * @ordered
	 */
	FROZEN(1, "FROZEN", "FROZEN"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SEIZED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seized: taken into custody by an authority.
	 * <!-- end-model-doc -->
	 * @see #SEIZED_VALUE
	 * @generated
	 * @ordered
	 */
	SEIZED(2, "SEIZED", "SEIZED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONFISCATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Permanently deprived by a court order.
	 * <!-- end-model-doc -->
	 * @see #CONFISCATED_VALUE
	 * @generated
	 * @ordered
	 */
	CONFISCATED(3, "CONFISCATED", "CONFISCATED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RETURNED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Returned to the requesting State or to the victims.
	 * <!-- end-model-doc -->
	 * @see #RETURNED_VALUE
	 * @generated
	 * @ordered
	 */
	RETURNED(4, "RETURNED", "RETURNED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DISSIPATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Moved beyond reach: lost to the case.
	 * <!-- end-model-doc -->
	 * @see #DISSIPATED_VALUE
	 * @generated
	 * @ordered
	 */
	DISSIPATED(5, "DISSIPATED", "DISSIPATED"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AT RISK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Can still be moved or spent.
	 * <!-- end-model-doc -->
	 * @see #AT_RISK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AT_RISK_VALUE = 0;

	/**
	 * The '<em><b>FROZEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Frozen: temporarily may not be transferred.
	 * <!-- end-model-doc -->
	 * @see #FROZEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FROZEN_VALUE = 1;

	/**
	 * The '<em><b>SEIZED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seized: taken into custody by an authority.
	 * <!-- end-model-doc -->
	 * @see #SEIZED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEIZED_VALUE = 2;

	/**
	 * The '<em><b>CONFISCATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Permanently deprived by a court order.
	 * <!-- end-model-doc -->
	 * @see #CONFISCATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONFISCATED_VALUE = 3;

	/**
	 * The '<em><b>RETURNED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Returned to the requesting State or to the victims.
	 * <!-- end-model-doc -->
	 * @see #RETURNED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RETURNED_VALUE = 4;

	/**
	 * The '<em><b>DISSIPATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Moved beyond reach: lost to the case.
	 * <!-- end-model-doc -->
	 * @see #DISSIPATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISSIPATED_VALUE = 5;

	/**
	 * An array of all the '<em><b>Asset Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AssetStatus[] VALUES_ARRAY =
		new AssetStatus[] {
			AT_RISK,
			FROZEN,
			SEIZED,
			CONFISCATED,
			RETURNED,
			DISSIPATED,
		};

	/**
	 * A public read-only list of all the '<em><b>Asset Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AssetStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Asset Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssetStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AssetStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Asset Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssetStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AssetStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Asset Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssetStatus get(int value) {
		switch (value) {
			case AT_RISK_VALUE: return AT_RISK;
			case FROZEN_VALUE: return FROZEN;
			case SEIZED_VALUE: return SEIZED;
			case CONFISCATED_VALUE: return CONFISCATED;
			case RETURNED_VALUE: return RETURNED;
			case DISSIPATED_VALUE: return DISSIPATED;
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
	private AssetStatus(int value, String name, String literal) {
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
	
} //AssetStatus
