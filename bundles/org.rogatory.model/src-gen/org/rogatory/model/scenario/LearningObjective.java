/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Learning Objective</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the trainee should be able to do after the scenario, tied to the articles it practises; the basis of the debrief and of competency analytics.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.LearningObjective#getText <em>Text</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.LearningObjective#getArticles <em>Articles</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getLearningObjective()
 * @model
 * @generated
 */
public interface LearningObjective extends Identified {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The objective, e.g. 'Choose the right channel to preserve data abroad'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getLearningObjective_Text()
	 * @model required="true"
	 *        annotation="http://rogatory.org/l10n kind='text'"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.LearningObjective#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Articles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The articles the objective practises.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Articles</em>' attribute list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getLearningObjective_Articles()
	 * @model dataType="org.rogatory.model.scenario.Citation" required="true"
	 * @generated
	 */
	EList<String> getArticles();

} // LearningObjective
