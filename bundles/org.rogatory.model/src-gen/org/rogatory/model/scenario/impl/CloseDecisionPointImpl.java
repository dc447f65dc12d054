/**
 */
package org.rogatory.model.scenario.impl;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.rogatory.model.scenario.CloseDecisionPoint;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.ScenarioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Close Decision Point</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.impl.CloseDecisionPointImpl#getDecisionPoints <em>Decision Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CloseDecisionPointImpl extends ConsequenceImpl implements CloseDecisionPoint {
	/**
	 * The cached value of the '{@link #getDecisionPoints() <em>Decision Points</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<DecisionPoint> decisionPoints;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CloseDecisionPointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.CLOSE_DECISION_POINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DecisionPoint> getDecisionPoints() {
		if (decisionPoints == null) {
			decisionPoints = new EObjectResolvingEList<DecisionPoint>(DecisionPoint.class, this, ScenarioPackage.CLOSE_DECISION_POINT__DECISION_POINTS);
		}
		return decisionPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.CLOSE_DECISION_POINT__DECISION_POINTS:
				return getDecisionPoints();
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
			case ScenarioPackage.CLOSE_DECISION_POINT__DECISION_POINTS:
				getDecisionPoints().clear();
				getDecisionPoints().addAll((Collection<? extends DecisionPoint>)newValue);
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
			case ScenarioPackage.CLOSE_DECISION_POINT__DECISION_POINTS:
				getDecisionPoints().clear();
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
			case ScenarioPackage.CLOSE_DECISION_POINT__DECISION_POINTS:
				return decisionPoints != null && !decisionPoints.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CloseDecisionPointImpl
