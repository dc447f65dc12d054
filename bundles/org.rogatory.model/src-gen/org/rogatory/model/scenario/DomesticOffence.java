/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Domestic Offence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An offence in a State's own law, described by the conducts it covers and its maximum penalty, so the engine can judge dual criminality by conduct and compute the one-year and four-year thresholds.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.DomesticOffence#getName <em>Name</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.DomesticOffence#getProvision <em>Provision</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.DomesticOffence#getConducts <em>Conducts</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.DomesticOffence#getMaximumPenalty <em>Maximum Penalty</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.DomesticOffence#getMaximumMonths <em>Maximum Months</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getDomesticOffence()
 * @model
 * @generated
 */
public interface DomesticOffence extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The offence's name in that State's law.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getDomesticOffence_Name()
	 * @model required="true"
	 *        annotation="http://rogatory.org/l10n kind='label'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.DomesticOffence#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Provision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the law defines it, e.g. 'Penal Code, s. 212'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provision</em>' attribute.
	 * @see #setProvision(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getDomesticOffence_Provision()
	 * @model annotation="http://rogatory.org/l10n kind='label'"
	 * @generated
	 */
	String getProvision();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.DomesticOffence#getProvision <em>Provision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provision</em>' attribute.
	 * @see #getProvision()
	 * @generated
	 */
	void setProvision(String value);

	/**
	 * Returns the value of the '<em><b>Conducts</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.model.scenario.Conduct}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The conduct categories the offence covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conducts</em>' reference list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getDomesticOffence_Conducts()
	 * @model required="true"
	 * @generated
	 */
	EList<Conduct> getConducts();

	/**
	 * Returns the value of the '<em><b>Maximum Penalty</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.PenaltyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of the most severe penalty available.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maximum Penalty</em>' attribute.
	 * @see org.rogatory.model.scenario.PenaltyKind
	 * @see #setMaximumPenalty(PenaltyKind)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getDomesticOffence_MaximumPenalty()
	 * @model
	 * @generated
	 */
	PenaltyKind getMaximumPenalty();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.DomesticOffence#getMaximumPenalty <em>Maximum Penalty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum Penalty</em>' attribute.
	 * @see org.rogatory.model.scenario.PenaltyKind
	 * @see #getMaximumPenalty()
	 * @generated
	 */
	void setMaximumPenalty(PenaltyKind value);

	/**
	 * Returns the value of the '<em><b>Maximum Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum deprivation of liberty in months, for IMPRISONMENT.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maximum Months</em>' attribute.
	 * @see #setMaximumMonths(int)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getDomesticOffence_MaximumMonths()
	 * @model dataType="org.rogatory.model.scenario.Months"
	 * @generated
	 */
	int getMaximumMonths();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.DomesticOffence#getMaximumMonths <em>Maximum Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum Months</em>' attribute.
	 * @see #getMaximumMonths()
	 * @generated
	 */
	void setMaximumMonths(int value);

} // DomesticOffence
