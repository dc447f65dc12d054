/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Retention Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How long a provider keeps one category of data: what a trainee can learn, and what deletion times follow from.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.RetentionPolicy#getCategory <em>Category</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.RetentionPolicy#getDays <em>Days</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getRetentionPolicy()
 * @model
 * @generated
 */
public interface RetentionPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.DataCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data category.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.rogatory.model.scenario.DataCategory
	 * @see #setCategory(DataCategory)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getRetentionPolicy_Category()
	 * @model
	 * @generated
	 */
	DataCategory getCategory();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.RetentionPolicy#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.rogatory.model.scenario.DataCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(DataCategory value);

	/**
	 * Returns the value of the '<em><b>Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days the data is kept before deletion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Days</em>' attribute.
	 * @see #setDays(int)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getRetentionPolicy_Days()
	 * @model dataType="org.rogatory.model.scenario.Days"
	 * @generated
	 */
	int getDays();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.RetentionPolicy#getDays <em>Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Days</em>' attribute.
	 * @see #getDays()
	 * @generated
	 */
	void setDays(int value);

} // RetentionPolicy
