/**
 */
package org.rogatory.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One scored dimension of a rubric. Its id is the stable key reported to learning record stores and used in cohort analytics (e.g. 'legality', 'timeliness').
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.Criterion#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Criterion#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Criterion#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getCriterion()
 * @model
 * @generated
 */
public interface Criterion extends Identified {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name shown in results and debriefs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getCriterion_Label()
	 * @model required="true"
	 *        annotation="http://rogatory.org/l10n kind='label'"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Criterion#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What earns or loses points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getCriterion_Description()
	 * @model annotation="http://rogatory.org/l10n kind='text'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Criterion#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relative weight in the total score.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(int)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getCriterion_Weight()
	 * @model default="1" dataType="org.rogatory.model.scenario.Weight"
	 * @generated
	 */
	int getWeight();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Criterion#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(int value);

} // Criterion
