/**
 */
package org.rogatory.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conduct</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A category of conduct (e.g. illegal access, ransomware extortion, laundering), the common vocabulary that links the case's offences to each State's domestic offences regardless of their names.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.Conduct#getName <em>Name</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Conduct#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Conduct#getConventionArticle <em>Convention Article</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getConduct()
 * @model
 * @generated
 */
public interface Conduct extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the conduct category.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getConduct_Name()
	 * @model required="true"
	 *        annotation="http://rogatory.org/l10n kind='label'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Conduct#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the conduct consists of.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getConduct_Description()
	 * @model annotation="http://rogatory.org/l10n kind='text'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Conduct#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Convention Article</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Convention offence (Arts. 7 to 17) this conduct establishes; unset when it is not a Convention offence (cooperation then depends on whether it is a serious crime).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Convention Article</em>' attribute.
	 * @see #setConventionArticle(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getConduct_ConventionArticle()
	 * @model dataType="org.rogatory.model.scenario.Citation"
	 * @generated
	 */
	String getConventionArticle();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Conduct#getConventionArticle <em>Convention Article</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Convention Article</em>' attribute.
	 * @see #getConventionArticle()
	 * @generated
	 */
	void setConventionArticle(String value);

} // Conduct
