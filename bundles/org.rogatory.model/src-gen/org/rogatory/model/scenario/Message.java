/**
 */
package org.rogatory.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Message</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A message reaches the trainee: a response to a request, a call, a news item.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.Message#getSender <em>Sender</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Message#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Message#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getMessage()
 * @model
 * @generated
 */
public interface Message extends Consequence, Identified {
	/**
	 * Returns the value of the '<em><b>Sender</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who sends it; unset for news or narration.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sender</em>' reference.
	 * @see #setSender(Actor)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getMessage_Sender()
	 * @model
	 * @generated
	 */
	Actor getSender();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Message#getSender <em>Sender</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sender</em>' reference.
	 * @see #getSender()
	 * @generated
	 */
	void setSender(Actor value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subject line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getMessage_Subject()
	 * @model annotation="http://rogatory.org/l10n kind='label'"
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Message#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The message.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getMessage_Text()
	 * @model required="true"
	 *        annotation="http://rogatory.org/l10n kind='text'"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Message#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // Message
