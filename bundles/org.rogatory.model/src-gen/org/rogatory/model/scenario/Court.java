/**
 */
package org.rogatory.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Court</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A court or judge that issues domestic orders and warrants or decides on extradition.
 * <!-- end-model-doc -->
 *
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getCourt()
 * @model
 * @generated
 */
public interface Court extends Actor {
} // Court
