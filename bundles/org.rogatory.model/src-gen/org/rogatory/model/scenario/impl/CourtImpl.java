/**
 */
package org.rogatory.model.scenario.impl;

import org.eclipse.emf.ecore.EClass;

import org.rogatory.model.scenario.Court;
import org.rogatory.model.scenario.ScenarioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Court</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class CourtImpl extends ActorImpl implements Court {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CourtImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.COURT;
	}

} //CourtImpl
