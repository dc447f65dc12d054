/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Condition Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Combines conditions: all of, any of, none of.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.ConditionGroup#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.ConditionGroup#getOperands <em>Operands</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getConditionGroup()
 * @model
 * @generated
 */
public interface ConditionGroup extends Condition {
	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.LogicalOperator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the operands combine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see org.rogatory.model.scenario.LogicalOperator
	 * @see #setOperator(LogicalOperator)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getConditionGroup_Operator()
	 * @model
	 * @generated
	 */
	LogicalOperator getOperator();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.ConditionGroup#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see org.rogatory.model.scenario.LogicalOperator
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(LogicalOperator value);

	/**
	 * Returns the value of the '<em><b>Operands</b></em>' containment reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The combined conditions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operands</em>' containment reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getConditionGroup_Operands()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<Condition> getOperands();

} // ConditionGroup
