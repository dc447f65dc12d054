/**
 */
package org.rogatory.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Provider Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a company that holds data or assets does.
 * <!-- end-model-doc -->
 * @see org.rogatory.model.scenario.ScenarioPackage#getProviderKind()
 * @model
 * @generated
 */
public enum ProviderKind implements Enumerator {
	/**
	 * The '<em><b>COMMUNICATIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Telecommunications, messaging or e-mail service.
	 * <!-- end-model-doc -->
	 * @see #COMMUNICATIONS_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNICATIONS(0, "COMMUNICATIONS", "COMMUNICATIONS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HOSTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hosting, server rental or domain service.
	 * <!-- end-model-doc -->
	 * @see #HOSTING_VALUE
	 * @generated
	 * @ordered
	 */
	HOSTING(1, "HOSTING", "HOSTING"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CLOUD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cloud computing or storage service.
	 * <!-- end-model-doc -->
	 * @see #CLOUD_VALUE
	 * @generated
	 * @ordered
	 */
	CLOUD(2, "CLOUD", "CLOUD"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PLATFORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Social network, marketplace or other online platform.
	 * <!-- end-model-doc -->
	 * @see #PLATFORM_VALUE
	 * @generated
	 * @ordered
	 */
	PLATFORM(3, "PLATFORM", "PLATFORM"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VIRTUAL ASSET SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exchange, wallet or other virtual asset service provider.
	 * <!-- end-model-doc -->
	 * @see #VIRTUAL_ASSET_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	VIRTUAL_ASSET_SERVICE(4, "VIRTUAL_ASSET_SERVICE", "VIRTUAL_ASSET_SERVICE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FINANCIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bank or payment institution.
	 * <!-- end-model-doc -->
	 * @see #FINANCIAL_VALUE
	 * @generated
	 * @ordered
	 */
	FINANCIAL(5, "FINANCIAL", "FINANCIAL"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other private holder of data or assets.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(6, "OTHER", "OTHER"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COMMUNICATIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Telecommunications, messaging or e-mail service.
	 * <!-- end-model-doc -->
	 * @see #COMMUNICATIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNICATIONS_VALUE = 0;

	/**
	 * The '<em><b>HOSTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hosting, server rental or domain service.
	 * <!-- end-model-doc -->
	 * @see #HOSTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOSTING_VALUE = 1;

	/**
	 * The '<em><b>CLOUD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cloud computing or storage service.
	 * <!-- end-model-doc -->
	 * @see #CLOUD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLOUD_VALUE = 2;

	/**
	 * The '<em><b>PLATFORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Social network, marketplace or other online platform.
	 * <!-- end-model-doc -->
	 * @see #PLATFORM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLATFORM_VALUE = 3;

	/**
	 * The '<em><b>VIRTUAL ASSET SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exchange, wallet or other virtual asset service provider.
	 * <!-- end-model-doc -->
	 * @see #VIRTUAL_ASSET_SERVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VIRTUAL_ASSET_SERVICE_VALUE = 4;

	/**
	 * The '<em><b>FINANCIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bank or payment institution.
	 * <!-- end-model-doc -->
	 * @see #FINANCIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FINANCIAL_VALUE = 5;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other private holder of data or assets.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Provider Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProviderKind[] VALUES_ARRAY =
		new ProviderKind[] {
			COMMUNICATIONS,
			HOSTING,
			CLOUD,
			PLATFORM,
			VIRTUAL_ASSET_SERVICE,
			FINANCIAL,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Provider Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProviderKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Provider Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProviderKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProviderKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Provider Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProviderKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProviderKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Provider Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProviderKind get(int value) {
		switch (value) {
			case COMMUNICATIONS_VALUE: return COMMUNICATIONS;
			case HOSTING_VALUE: return HOSTING;
			case CLOUD_VALUE: return CLOUD;
			case PLATFORM_VALUE: return PLATFORM;
			case VIRTUAL_ASSET_SERVICE_VALUE: return VIRTUAL_ASSET_SERVICE;
			case FINANCIAL_VALUE: return FINANCIAL;
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
	private ProviderKind(int value, String name, String literal) {
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
	
} //ProviderKind
