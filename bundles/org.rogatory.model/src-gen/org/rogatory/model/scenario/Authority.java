/**
 */
package org.rogatory.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Authority</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A public authority: prosecution, police, ministry; the State says which is its central authority and its 24/7 point of contact.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.Authority#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getAuthority()
 * @model
 * @generated
 */
public interface Authority extends Actor {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.AuthorityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of body it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.rogatory.model.scenario.AuthorityKind
	 * @see #setKind(AuthorityKind)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getAuthority_Kind()
	 * @model
	 * @generated
	 */
	AuthorityKind getKind();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Authority#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.rogatory.model.scenario.AuthorityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AuthorityKind value);

} // Authority
