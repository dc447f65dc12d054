/**
 */
package org.rogatory.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Score Effect</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Adds points to or removes points from one criterion, on top of the engine's own evaluation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.ScoreEffect#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.ScoreEffect#getDelta <em>Delta</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getScoreEffect()
 * @model
 * @generated
 */
public interface ScoreEffect extends Consequence {
	/**
	 * Returns the value of the '<em><b>Criterion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The criterion affected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criterion</em>' reference.
	 * @see #setCriterion(Criterion)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScoreEffect_Criterion()
	 * @model required="true"
	 * @generated
	 */
	Criterion getCriterion();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.ScoreEffect#getCriterion <em>Criterion</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criterion</em>' reference.
	 * @see #getCriterion()
	 * @generated
	 */
	void setCriterion(Criterion value);

	/**
	 * Returns the value of the '<em><b>Delta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points added (negative: removed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delta</em>' attribute.
	 * @see #setDelta(int)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getScoreEffect_Delta()
	 * @model
	 * @generated
	 */
	int getDelta();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.ScoreEffect#getDelta <em>Delta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delta</em>' attribute.
	 * @see #getDelta()
	 * @generated
	 */
	void setDelta(int value);

} // ScoreEffect
