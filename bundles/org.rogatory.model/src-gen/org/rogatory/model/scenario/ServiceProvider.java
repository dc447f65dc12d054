/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Provider</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A company that holds data or assets: what it keeps, for how long, and which law governs it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.ServiceProvider#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.ServiceProvider#getEstablishedIn <em>Established In</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.ServiceProvider#getOffersServicesIn <em>Offers Services In</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.ServiceProvider#getRetentionPolicies <em>Retention Policies</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getServiceProvider()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='oneRetentionPolicyPerCategory'"
 * @generated
 */
public interface ServiceProvider extends Actor {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.ProviderKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the company does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.rogatory.model.scenario.ProviderKind
	 * @see #setKind(ProviderKind)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getServiceProvider_Kind()
	 * @model
	 * @generated
	 */
	ProviderKind getKind();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.ServiceProvider#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.rogatory.model.scenario.ProviderKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ProviderKind value);

	/**
	 * Returns the value of the '<em><b>Established In</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The State whose law governs the provider and its data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Established In</em>' reference.
	 * @see #setEstablishedIn(State)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getServiceProvider_EstablishedIn()
	 * @model required="true"
	 * @generated
	 */
	State getEstablishedIn();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.ServiceProvider#getEstablishedIn <em>Established In</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Established In</em>' reference.
	 * @see #getEstablishedIn()
	 * @generated
	 */
	void setEstablishedIn(State value);

	/**
	 * Returns the value of the '<em><b>Offers Services In</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.State}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other States where it offers services: their authorities can order it to produce subscriber information.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offers Services In</em>' reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getServiceProvider_OffersServicesIn()
	 * @model
	 * @generated
	 */
	EList<State> getOffersServicesIn();

	/**
	 * Returns the value of the '<em><b>Retention Policies</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.RetentionPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Retention periods per data category.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retention Policies</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getServiceProvider_RetentionPolicies()
	 * @model containment="true"
	 * @generated
	 */
	EList<RetentionPolicy> getRetentionPolicies();

} // ServiceProvider
