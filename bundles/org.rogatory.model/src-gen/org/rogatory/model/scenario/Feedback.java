/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Feedback</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The author's case-specific explanation of an action, with citations and the verdict the author expects. The engine computes its own verdict; the pack validator reports any contradiction.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.Feedback#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Feedback#getCitations <em>Citations</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Feedback#getExpectedVerdict <em>Expected Verdict</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getFeedback()
 * @model
 * @generated
 */
public interface Feedback extends Identified {
	/**
	 * Returns the value of the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the action is or is not right in this case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Explanation</em>' attribute.
	 * @see #setExplanation(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getFeedback_Explanation()
	 * @model required="true"
	 *        annotation="http://rogatory.org/l10n kind='text'"
	 * @generated
	 */
	String getExplanation();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Feedback#getExplanation <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Explanation</em>' attribute.
	 * @see #getExplanation()
	 * @generated
	 */
	void setExplanation(String value);

	/**
	 * Returns the value of the '<em><b>Citations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Articles that decide the point.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Citations</em>' attribute list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getFeedback_Citations()
	 * @model dataType="org.rogatory.model.scenario.Citation"
	 * @generated
	 */
	EList<String> getCitations();

	/**
	 * Returns the value of the '<em><b>Expected Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The verdict the author expects; unset: no claim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expected Verdict</em>' attribute.
	 * @see org.rogatory.model.scenario.Verdict
	 * @see #isSetExpectedVerdict()
	 * @see #unsetExpectedVerdict()
	 * @see #setExpectedVerdict(Verdict)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getFeedback_ExpectedVerdict()
	 * @model unsettable="true"
	 * @generated
	 */
	Verdict getExpectedVerdict();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Feedback#getExpectedVerdict <em>Expected Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Verdict</em>' attribute.
	 * @see org.rogatory.model.scenario.Verdict
	 * @see #isSetExpectedVerdict()
	 * @see #unsetExpectedVerdict()
	 * @see #getExpectedVerdict()
	 * @generated
	 */
	void setExpectedVerdict(Verdict value);

	/**
	 * Unsets the value of the '{@link org.rogatory.model.scenario.Feedback#getExpectedVerdict <em>Expected Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetExpectedVerdict()
	 * @see #getExpectedVerdict()
	 * @see #setExpectedVerdict(Verdict)
	 * @generated
	 */
	void unsetExpectedVerdict();

	/**
	 * Returns whether the value of the '{@link org.rogatory.model.scenario.Feedback#getExpectedVerdict <em>Expected Verdict</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Expected Verdict</em>' attribute is set.
	 * @see #unsetExpectedVerdict()
	 * @see #getExpectedVerdict()
	 * @see #setExpectedVerdict(Verdict)
	 * @generated
	 */
	boolean isSetExpectedVerdict();

} // Feedback
