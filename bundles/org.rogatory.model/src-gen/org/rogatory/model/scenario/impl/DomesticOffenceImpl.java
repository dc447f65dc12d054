/**
 */
package org.rogatory.model.scenario.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.rogatory.model.scenario.Conduct;
import org.rogatory.model.scenario.DomesticOffence;
import org.rogatory.model.scenario.PenaltyKind;
import org.rogatory.model.scenario.ScenarioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Domestic Offence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.model.scenario.impl.DomesticOffenceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.DomesticOffenceImpl#getProvision <em>Provision</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.DomesticOffenceImpl#getConducts <em>Conducts</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.DomesticOffenceImpl#getMaximumPenalty <em>Maximum Penalty</em>}</li>
 *   <li>{@link org.rogatory.model.scenario.impl.DomesticOffenceImpl#getMaximumMonths <em>Maximum Months</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DomesticOffenceImpl extends IdentifiedImpl implements DomesticOffence {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getProvision() <em>Provision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvision()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVISION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvision() <em>Provision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvision()
	 * @generated
	 * @ordered
	 */
	protected String provision = PROVISION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConducts() <em>Conducts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConducts()
	 * @generated
	 * @ordered
	 */
	protected EList<Conduct> conducts;

	/**
	 * The default value of the '{@link #getMaximumPenalty() <em>Maximum Penalty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumPenalty()
	 * @generated
	 * @ordered
	 */
	protected static final PenaltyKind MAXIMUM_PENALTY_EDEFAULT = PenaltyKind.IMPRISONMENT;

	/**
	 * The cached value of the '{@link #getMaximumPenalty() <em>Maximum Penalty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumPenalty()
	 * @generated
	 * @ordered
	 */
	protected PenaltyKind maximumPenalty = MAXIMUM_PENALTY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaximumMonths() <em>Maximum Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int MAXIMUM_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaximumMonths() <em>Maximum Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumMonths()
	 * @generated
	 * @ordered
	 */
	protected int maximumMonths = MAXIMUM_MONTHS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DomesticOffenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.DOMESTIC_OFFENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.DOMESTIC_OFFENCE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvision() {
		return provision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvision(String newProvision) {
		String oldProvision = provision;
		provision = newProvision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.DOMESTIC_OFFENCE__PROVISION, oldProvision, provision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Conduct> getConducts() {
		if (conducts == null) {
			conducts = new EObjectResolvingEList<Conduct>(Conduct.class, this, ScenarioPackage.DOMESTIC_OFFENCE__CONDUCTS);
		}
		return conducts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PenaltyKind getMaximumPenalty() {
		return maximumPenalty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaximumPenalty(PenaltyKind newMaximumPenalty) {
		PenaltyKind oldMaximumPenalty = maximumPenalty;
		maximumPenalty = newMaximumPenalty == null ? MAXIMUM_PENALTY_EDEFAULT : newMaximumPenalty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.DOMESTIC_OFFENCE__MAXIMUM_PENALTY, oldMaximumPenalty, maximumPenalty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaximumMonths() {
		return maximumMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaximumMonths(int newMaximumMonths) {
		int oldMaximumMonths = maximumMonths;
		maximumMonths = newMaximumMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.DOMESTIC_OFFENCE__MAXIMUM_MONTHS, oldMaximumMonths, maximumMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.DOMESTIC_OFFENCE__NAME:
				return getName();
			case ScenarioPackage.DOMESTIC_OFFENCE__PROVISION:
				return getProvision();
			case ScenarioPackage.DOMESTIC_OFFENCE__CONDUCTS:
				return getConducts();
			case ScenarioPackage.DOMESTIC_OFFENCE__MAXIMUM_PENALTY:
				return getMaximumPenalty();
			case ScenarioPackage.DOMESTIC_OFFENCE__MAXIMUM_MONTHS:
				return getMaximumMonths();
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
			case ScenarioPackage.DOMESTIC_OFFENCE__NAME:
				setName((String)newValue);
				return;
			case ScenarioPackage.DOMESTIC_OFFENCE__PROVISION:
				setProvision((String)newValue);
				return;
			case ScenarioPackage.DOMESTIC_OFFENCE__CONDUCTS:
				getConducts().clear();
				getConducts().addAll((Collection<? extends Conduct>)newValue);
				return;
			case ScenarioPackage.DOMESTIC_OFFENCE__MAXIMUM_PENALTY:
				setMaximumPenalty((PenaltyKind)newValue);
				return;
			case ScenarioPackage.DOMESTIC_OFFENCE__MAXIMUM_MONTHS:
				setMaximumMonths((Integer)newValue);
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
			case ScenarioPackage.DOMESTIC_OFFENCE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ScenarioPackage.DOMESTIC_OFFENCE__PROVISION:
				setProvision(PROVISION_EDEFAULT);
				return;
			case ScenarioPackage.DOMESTIC_OFFENCE__CONDUCTS:
				getConducts().clear();
				return;
			case ScenarioPackage.DOMESTIC_OFFENCE__MAXIMUM_PENALTY:
				setMaximumPenalty(MAXIMUM_PENALTY_EDEFAULT);
				return;
			case ScenarioPackage.DOMESTIC_OFFENCE__MAXIMUM_MONTHS:
				setMaximumMonths(MAXIMUM_MONTHS_EDEFAULT);
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
			case ScenarioPackage.DOMESTIC_OFFENCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ScenarioPackage.DOMESTIC_OFFENCE__PROVISION:
				return PROVISION_EDEFAULT == null ? provision != null : !PROVISION_EDEFAULT.equals(provision);
			case ScenarioPackage.DOMESTIC_OFFENCE__CONDUCTS:
				return conducts != null && !conducts.isEmpty();
			case ScenarioPackage.DOMESTIC_OFFENCE__MAXIMUM_PENALTY:
				return maximumPenalty != MAXIMUM_PENALTY_EDEFAULT;
			case ScenarioPackage.DOMESTIC_OFFENCE__MAXIMUM_MONTHS:
				return maximumMonths != MAXIMUM_MONTHS_EDEFAULT;
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
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", provision: "); //$NON-NLS-1$
		result.append(provision);
		result.append(", maximumPenalty: "); //$NON-NLS-1$
		result.append(maximumPenalty);
		result.append(", maximumMonths: "); //$NON-NLS-1$
		result.append(maximumMonths);
		result.append(')');
		return result.toString();
	}

} //DomesticOffenceImpl
