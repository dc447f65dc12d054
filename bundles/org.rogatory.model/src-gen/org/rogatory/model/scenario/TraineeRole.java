/**
 */
package org.rogatory.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Trainee Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The professional role the trainee plays.
 * <!-- end-model-doc -->
 * @see org.rogatory.model.scenario.ScenarioPackage#getTraineeRole()
 * @model
 * @generated
 */
public enum TraineeRole implements Enumerator {
	/**
	 * The '<em><b>PROSECUTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Public prosecutor leading the case.
	 * <!-- end-model-doc -->
	 * @see #PROSECUTOR_VALUE
	 * @generated
	 * @ordered
	 */
	PROSECUTOR(0, "PROSECUTOR", "PROSECUTOR"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INVESTIGATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Police or other investigator.
	 * <!-- end-model-doc -->
	 * @see #INVESTIGATOR_VALUE
	 * @generated
	 * @ordered
	 */
	INVESTIGATOR(1, "INVESTIGATOR", "INVESTIGATOR"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CENTRAL AUTHORITY OFFICER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Officer of a central authority sending or executing requests.
	 * <!-- end-model-doc -->
	 * @see #CENTRAL_AUTHORITY_OFFICER_VALUE
	 * @generated
	 * @ordered
	 */
	CENTRAL_AUTHORITY_OFFICER(2, "CENTRAL_AUTHORITY_OFFICER", "CENTRAL_AUTHORITY_OFFICER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>POINT OF CONTACT OFFICER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Officer of a 24/7 point of contact.
	 * <!-- end-model-doc -->
	 * @see #POINT_OF_CONTACT_OFFICER_VALUE
	 * @generated
	 * @ordered
	 */
	POINT_OF_CONTACT_OFFICER(3, "POINT_OF_CONTACT_OFFICER", "POINT_OF_CONTACT_OFFICER"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROSECUTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Public prosecutor leading the case.
	 * <!-- end-model-doc -->
	 * @see #PROSECUTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROSECUTOR_VALUE = 0;

	/**
	 * The '<em><b>INVESTIGATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Police or other investigator.
	 * <!-- end-model-doc -->
	 * @see #INVESTIGATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVESTIGATOR_VALUE = 1;

	/**
	 * The '<em><b>CENTRAL AUTHORITY OFFICER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Officer of a central authority sending or executing requests.
	 * <!-- end-model-doc -->
	 * @see #CENTRAL_AUTHORITY_OFFICER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CENTRAL_AUTHORITY_OFFICER_VALUE = 2;

	/**
	 * The '<em><b>POINT OF CONTACT OFFICER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Officer of a 24/7 point of contact.
	 * <!-- end-model-doc -->
	 * @see #POINT_OF_CONTACT_OFFICER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POINT_OF_CONTACT_OFFICER_VALUE = 3;

	/**
	 * An array of all the '<em><b>Trainee Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TraineeRole[] VALUES_ARRAY =
		new TraineeRole[] {
			PROSECUTOR,
			INVESTIGATOR,
			CENTRAL_AUTHORITY_OFFICER,
			POINT_OF_CONTACT_OFFICER,
		};

	/**
	 * A public read-only list of all the '<em><b>Trainee Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TraineeRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Trainee Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TraineeRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TraineeRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Trainee Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TraineeRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TraineeRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Trainee Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TraineeRole get(int value) {
		switch (value) {
			case PROSECUTOR_VALUE: return PROSECUTOR;
			case INVESTIGATOR_VALUE: return INVESTIGATOR;
			case CENTRAL_AUTHORITY_OFFICER_VALUE: return CENTRAL_AUTHORITY_OFFICER;
			case POINT_OF_CONTACT_OFFICER_VALUE: return POINT_OF_CONTACT_OFFICER;
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
	private TraineeRole(int value, String name, String literal) {
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
	
} //TraineeRole
