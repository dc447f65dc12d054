/**
 */
package org.rogatory.model.scenario.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.rogatory.model.scenario.Feedback;
import org.rogatory.model.scenario.ScenarioPackage;
import org.rogatory.model.scenario.Verdict;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Feedback</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.impl.FeedbackImpl#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.FeedbackImpl#getCitations <em>Citations</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.FeedbackImpl#getExpectedVerdict <em>Expected Verdict</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FeedbackImpl extends IdentifiedImpl implements Feedback {
	/**
	 * The default value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPLANATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected String explanation = EXPLANATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCitations() <em>Citations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitations()
	 * @generated
	 * @ordered
	 */
	protected EList<String> citations;

	/**
	 * The default value of the '{@link #getExpectedVerdict() <em>Expected Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedVerdict()
	 * @generated
	 * @ordered
	 */
	protected static final Verdict EXPECTED_VERDICT_EDEFAULT = Verdict.COMPLIANT;

	/**
	 * The cached value of the '{@link #getExpectedVerdict() <em>Expected Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedVerdict()
	 * @generated
	 * @ordered
	 */
	protected Verdict expectedVerdict = EXPECTED_VERDICT_EDEFAULT;

	/**
	 * This is true if the Expected Verdict attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean expectedVerdictESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FeedbackImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.FEEDBACK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExplanation() {
		return explanation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExplanation(String newExplanation) {
		String oldExplanation = explanation;
		explanation = newExplanation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.FEEDBACK__EXPLANATION, oldExplanation, explanation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCitations() {
		if (citations == null) {
			citations = new EDataTypeUniqueEList<String>(String.class, this, ScenarioPackage.FEEDBACK__CITATIONS);
		}
		return citations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Verdict getExpectedVerdict() {
		return expectedVerdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedVerdict(Verdict newExpectedVerdict) {
		Verdict oldExpectedVerdict = expectedVerdict;
		expectedVerdict = newExpectedVerdict == null ? EXPECTED_VERDICT_EDEFAULT : newExpectedVerdict;
		boolean oldExpectedVerdictESet = expectedVerdictESet;
		expectedVerdictESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.FEEDBACK__EXPECTED_VERDICT, oldExpectedVerdict, expectedVerdict, !oldExpectedVerdictESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetExpectedVerdict() {
		Verdict oldExpectedVerdict = expectedVerdict;
		boolean oldExpectedVerdictESet = expectedVerdictESet;
		expectedVerdict = EXPECTED_VERDICT_EDEFAULT;
		expectedVerdictESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ScenarioPackage.FEEDBACK__EXPECTED_VERDICT, oldExpectedVerdict, EXPECTED_VERDICT_EDEFAULT, oldExpectedVerdictESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetExpectedVerdict() {
		return expectedVerdictESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.FEEDBACK__EXPLANATION:
				return getExplanation();
			case ScenarioPackage.FEEDBACK__CITATIONS:
				return getCitations();
			case ScenarioPackage.FEEDBACK__EXPECTED_VERDICT:
				return getExpectedVerdict();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ScenarioPackage.FEEDBACK__EXPLANATION:
				setExplanation((String)newValue);
				return;
			case ScenarioPackage.FEEDBACK__CITATIONS:
				getCitations().clear();
				getCitations().addAll((Collection<? extends String>)newValue);
				return;
			case ScenarioPackage.FEEDBACK__EXPECTED_VERDICT:
				setExpectedVerdict((Verdict)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ScenarioPackage.FEEDBACK__EXPLANATION:
				setExplanation(EXPLANATION_EDEFAULT);
				return;
			case ScenarioPackage.FEEDBACK__CITATIONS:
				getCitations().clear();
				return;
			case ScenarioPackage.FEEDBACK__EXPECTED_VERDICT:
				unsetExpectedVerdict();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ScenarioPackage.FEEDBACK__EXPLANATION:
				return EXPLANATION_EDEFAULT == null ? explanation != null : !EXPLANATION_EDEFAULT.equals(explanation);
			case ScenarioPackage.FEEDBACK__CITATIONS:
				return citations != null && !citations.isEmpty();
			case ScenarioPackage.FEEDBACK__EXPECTED_VERDICT:
				return isSetExpectedVerdict();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (explanation: "); //$NON-NLS-1$
		result.append(explanation);
		result.append(", citations: "); //$NON-NLS-1$
		result.append(citations);
		result.append(", expectedVerdict: "); //$NON-NLS-1$
		if (expectedVerdictESet) result.append(expectedVerdict); else result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //FeedbackImpl
