/**
 */
package org.rogatory.treaty.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budapest Counterpart</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The Budapest Convention (ETS 185) article that does the same job as a UN measure. Many trainees know Budapest, so feedback explains the differences. An empty list of Budapest articles means there is none; an empty list of UN articles records a Budapest measure with no UN counterpart (Budapest Art 32).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.BudapestCounterpart#getKey <em>Key</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.BudapestCounterpart#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.BudapestCounterpart#getUnArticles <em>Un Articles</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.BudapestCounterpart#getBudapestArticles <em>Budapest Articles</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.BudapestCounterpart#getDifferences <em>Differences</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.BudapestCounterpart#getBudapestStatus <em>Budapest Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.BudapestCounterpart#getMappingStatus <em>Mapping Status</em>}</li>
 * </ul>
 *
 * @see org.rogatory.treaty.model.TreatyPackage#getBudapestCounterpart()
 * @model
 * @generated
 */
public interface BudapestCounterpart extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getBudapestCounterpart_Key()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.BudapestCounterpart#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measure</em>' attribute.
	 * @see #setMeasure(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getBudapestCounterpart_Measure()
	 * @model required="true"
	 * @generated
	 */
	String getMeasure();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.BudapestCounterpart#getMeasure <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' attribute.
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(String value);

	/**
	 * Returns the value of the '<em><b>Un Articles</b></em>' reference list.
	 * The list contents are of type {@link org.rogatory.treaty.model.Article}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Un Articles</em>' reference list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getBudapestCounterpart_UnArticles()
	 * @model
	 * @generated
	 */
	EList<Article> getUnArticles();

	/**
	 * Returns the value of the '<em><b>Budapest Articles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Budapest article numbers as cited, such as "29" or "18(3)".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budapest Articles</em>' attribute list.
	 * @see org.rogatory.treaty.model.TreatyPackage#getBudapestCounterpart_BudapestArticles()
	 * @model
	 * @generated
	 */
	EList<String> getBudapestArticles();

	/**
	 * Returns the value of the '<em><b>Differences</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Differences</em>' attribute.
	 * @see #setDifferences(String)
	 * @see org.rogatory.treaty.model.TreatyPackage#getBudapestCounterpart_Differences()
	 * @model required="true"
	 * @generated
	 */
	String getDifferences();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.BudapestCounterpart#getDifferences <em>Differences</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Differences</em>' attribute.
	 * @see #getDifferences()
	 * @generated
	 */
	void setDifferences(String value);

	/**
	 * Returns the value of the '<em><b>Budapest Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.treaty.model.VerificationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budapest Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetBudapestStatus()
	 * @see #unsetBudapestStatus()
	 * @see #setBudapestStatus(VerificationStatus)
	 * @see org.rogatory.treaty.model.TreatyPackage#getBudapestCounterpart_BudapestStatus()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	VerificationStatus getBudapestStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.BudapestCounterpart#getBudapestStatus <em>Budapest Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budapest Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetBudapestStatus()
	 * @see #unsetBudapestStatus()
	 * @see #getBudapestStatus()
	 * @generated
	 */
	void setBudapestStatus(VerificationStatus value);

	/**
	 * Unsets the value of the '{@link org.rogatory.treaty.model.BudapestCounterpart#getBudapestStatus <em>Budapest Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBudapestStatus()
	 * @see #getBudapestStatus()
	 * @see #setBudapestStatus(VerificationStatus)
	 * @generated
	 */
	void unsetBudapestStatus();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.BudapestCounterpart#getBudapestStatus <em>Budapest Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Budapest Status</em>' attribute is set.
	 * @see #unsetBudapestStatus()
	 * @see #getBudapestStatus()
	 * @see #setBudapestStatus(VerificationStatus)
	 * @generated
	 */
	boolean isSetBudapestStatus();

	/**
	 * Returns the value of the '<em><b>Mapping Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rogatory.treaty.model.VerificationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The status of the UN side of the pairing and of the stated differences.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mapping Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetMappingStatus()
	 * @see #unsetMappingStatus()
	 * @see #setMappingStatus(VerificationStatus)
	 * @see org.rogatory.treaty.model.TreatyPackage#getBudapestCounterpart_MappingStatus()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	VerificationStatus getMappingStatus();

	/**
	 * Sets the value of the '{@link org.rogatory.treaty.model.BudapestCounterpart#getMappingStatus <em>Mapping Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping Status</em>' attribute.
	 * @see org.rogatory.treaty.model.VerificationStatus
	 * @see #isSetMappingStatus()
	 * @see #unsetMappingStatus()
	 * @see #getMappingStatus()
	 * @generated
	 */
	void setMappingStatus(VerificationStatus value);

	/**
	 * Unsets the value of the '{@link org.rogatory.treaty.model.BudapestCounterpart#getMappingStatus <em>Mapping Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMappingStatus()
	 * @see #getMappingStatus()
	 * @see #setMappingStatus(VerificationStatus)
	 * @generated
	 */
	void unsetMappingStatus();

	/**
	 * Returns whether the value of the '{@link org.rogatory.treaty.model.BudapestCounterpart#getMappingStatus <em>Mapping Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Mapping Status</em>' attribute is set.
	 * @see #unsetMappingStatus()
	 * @see #getMappingStatus()
	 * @see #setMappingStatus(VerificationStatus)
	 * @generated
	 */
	boolean isSetMappingStatus();

} // BudapestCounterpart
