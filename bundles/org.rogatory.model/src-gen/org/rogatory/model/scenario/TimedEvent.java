/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Timed Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something that happens at a simulated time, or the first time a condition becomes true, whatever the trainee does (e.g. the suspect moves the funds). Data deletion at deletionAt needs no event.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.TimedEvent#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.TimedEvent#getNarrative <em>Narrative</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.TimedEvent#getAt <em>At</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.TimedEvent#getWhen <em>When</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.TimedEvent#getConsequences <em>Consequences</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getTimedEvent()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='triggerDefined'"
 * @generated
 */
public interface TimedEvent extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Headline shown when the event happens; unset for silent events.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getTimedEvent_Title()
	 * @model annotation="http://rogatory.org/l10n kind='label'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.TimedEvent#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the trainee learns when it happens.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Narrative</em>' attribute.
	 * @see #setNarrative(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getTimedEvent_Narrative()
	 * @model annotation="http://rogatory.org/l10n kind='text'"
	 * @generated
	 */
	String getNarrative();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.TimedEvent#getNarrative <em>Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Narrative</em>' attribute.
	 * @see #getNarrative()
	 * @generated
	 */
	void setNarrative(String value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Simulated minute at which it happens; unset: only the condition decides.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #isSetAt()
	 * @see #unsetAt()
	 * @see #setAt(int)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getTimedEvent_At()
	 * @model unsettable="true" dataType="org.rogatory.model.scenario.Minutes"
	 * @generated
	 */
	int getAt();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.TimedEvent#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #isSetAt()
	 * @see #unsetAt()
	 * @see #getAt()
	 * @generated
	 */
	void setAt(int value);

	/**
	 * Unsets the value of the '{@link org.rogatory.model.scenario.TimedEvent#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAt()
	 * @see #getAt()
	 * @see #setAt(int)
	 * @generated
	 */
	void unsetAt();

	/**
	 * Returns whether the value of the '{@link org.rogatory.model.scenario.TimedEvent#getAt <em>At</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>At</em>' attribute is set.
	 * @see #unsetAt()
	 * @see #getAt()
	 * @see #setAt(int)
	 * @generated
	 */
	boolean isSetAt();

	/**
	 * Returns the value of the '<em><b>When</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Condition that must hold; with 'at' it is checked at that minute, without 'at' the event happens the first time it becomes true.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>When</em>' containment reference.
	 * @see #setWhen(Condition)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getTimedEvent_When()
	 * @model containment="true"
	 * @generated
	 */
	Condition getWhen();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.TimedEvent#getWhen <em>When</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>When</em>' containment reference.
	 * @see #getWhen()
	 * @generated
	 */
	void setWhen(Condition value);

	/**
	 * Returns the value of the '<em><b>Consequences</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Consequence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the event causes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Consequences</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getTimedEvent_Consequences()
	 * @model containment="true"
	 * @generated
	 */
	EList<Consequence> getConsequences();

} // TimedEvent
