/**
 */
package org.rogatory.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Declaration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A statement the State has deposited under the Convention. Its topic is a key the treaty knowledge base defines (e.g. 'preservation-dual-criminality', 'extradition-legal-basis', 'accepted-languages', 'diplomatic-channel-required'), so new topics need no format change.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.Declaration#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Declaration#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Declaration#getArticle <em>Article</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Declaration#getValues <em>Values</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Declaration#getDate <em>Date</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.Declaration#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @see org.rogatory.model.scenario.ScenarioPackage#getDeclaration()
 * @model
 * @generated
 */
public interface Declaration extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.model.scenario.DeclarationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reservation, declaration or notification.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.rogatory.model.scenario.DeclarationKind
	 * @see #setKind(DeclarationKind)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getDeclaration_Kind()
	 * @model
	 * @generated
	 */
	DeclarationKind getKind();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Declaration#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.rogatory.model.scenario.DeclarationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DeclarationKind value);

	/**
	 * Returns the value of the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the statement is about, as a knowledge-base key.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Topic</em>' attribute.
	 * @see #setTopic(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getDeclaration_Topic()
	 * @model dataType="org.rogatory.model.scenario.Key" required="true"
	 * @generated
	 */
	String getTopic();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Declaration#getTopic <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic</em>' attribute.
	 * @see #getTopic()
	 * @generated
	 */
	void setTopic(String value);

	/**
	 * Returns the value of the '<em><b>Article</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The article it is made under (documentation; the key decides).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Article</em>' attribute.
	 * @see #setArticle(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getDeclaration_Article()
	 * @model dataType="org.rogatory.model.scenario.Citation"
	 * @generated
	 */
	String getArticle();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Declaration#getArticle <em>Article</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Article</em>' attribute.
	 * @see #getArticle()
	 * @generated
	 */
	void setArticle(String value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parameters whose meaning the knowledge base defines per topic, e.g. language tags or 'no'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see org.rogatory.model.scenario.ScenarioPackage#getDeclaration_Values()
	 * @model
	 * @generated
	 */
	EList<String> getValues();

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date it was made or takes effect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getDeclaration_Date()
	 * @model dataType="org.rogatory.model.scenario.IsoDate"
	 * @generated
	 */
	String getDate();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Declaration#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(String value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Plain-language summary shown to the trainee.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.rogatory.model.scenario.ScenarioPackage#getDeclaration_Summary()
	 * @model annotation="http://rogatory.org/l10n kind='text'"
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.rogatory.model.scenario.Declaration#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

} // Declaration
