/**
 */
package org.rogatory.treaty.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.rogatory.treaty.model.Channel;
import org.rogatory.treaty.model.ChannelRole;
import org.rogatory.treaty.model.ChannelUse;
import org.rogatory.treaty.model.Provision;
import org.rogatory.treaty.model.TreatyPackage;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Channel Use</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.impl.ChannelUseImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ChannelUseImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ChannelUseImpl#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ChannelUseImpl#getProvision <em>Provision</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ChannelUseImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChannelUseImpl extends EObjectImpl implements ChannelUse {
	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected Channel channel;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final ChannelRole ROLE_EDEFAULT = ChannelRole.PRIMARY;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected ChannelRole role = ROLE_EDEFAULT;

	/**
	 * This is true if the Role attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean roleESet;

	/**
	 * The default value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected String condition = CONDITION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProvision() <em>Provision</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvision()
	 * @generated
	 * @ordered
	 */
	protected Provision provision;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final VerificationStatus STATUS_EDEFAULT = VerificationStatus.UNVERIFIED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected VerificationStatus status = STATUS_EDEFAULT;

	/**
	 * This is true if the Status attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean statusESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChannelUseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TreatyPackage.Literals.CHANNEL_USE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel getChannel() {
		if (channel != null && channel.eIsProxy()) {
			InternalEObject oldChannel = (InternalEObject)channel;
			channel = (Channel)eResolveProxy(oldChannel);
			if (channel != oldChannel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TreatyPackage.CHANNEL_USE__CHANNEL, oldChannel, channel));
			}
		}
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Channel basicGetChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(Channel newChannel) {
		Channel oldChannel = channel;
		channel = newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CHANNEL_USE__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(ChannelRole newRole) {
		ChannelRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		boolean oldRoleESet = roleESet;
		roleESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CHANNEL_USE__ROLE, oldRole, role, !oldRoleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRole() {
		ChannelRole oldRole = role;
		boolean oldRoleESet = roleESet;
		role = ROLE_EDEFAULT;
		roleESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.CHANNEL_USE__ROLE, oldRole, ROLE_EDEFAULT, oldRoleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRole() {
		return roleESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCondition() {
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCondition(String newCondition) {
		String oldCondition = condition;
		condition = newCondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CHANNEL_USE__CONDITION, oldCondition, condition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provision getProvision() {
		if (provision != null && provision.eIsProxy()) {
			InternalEObject oldProvision = (InternalEObject)provision;
			provision = (Provision)eResolveProxy(oldProvision);
			if (provision != oldProvision) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TreatyPackage.CHANNEL_USE__PROVISION, oldProvision, provision));
			}
		}
		return provision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Provision basicGetProvision() {
		return provision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvision(Provision newProvision) {
		Provision oldProvision = provision;
		provision = newProvision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CHANNEL_USE__PROVISION, oldProvision, provision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VerificationStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(VerificationStatus newStatus) {
		VerificationStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		boolean oldStatusESet = statusESet;
		statusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CHANNEL_USE__STATUS, oldStatus, status, !oldStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStatus() {
		VerificationStatus oldStatus = status;
		boolean oldStatusESet = statusESet;
		status = STATUS_EDEFAULT;
		statusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.CHANNEL_USE__STATUS, oldStatus, STATUS_EDEFAULT, oldStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStatus() {
		return statusESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TreatyPackage.CHANNEL_USE__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case TreatyPackage.CHANNEL_USE__ROLE:
				return getRole();
			case TreatyPackage.CHANNEL_USE__CONDITION:
				return getCondition();
			case TreatyPackage.CHANNEL_USE__PROVISION:
				if (resolve) return getProvision();
				return basicGetProvision();
			case TreatyPackage.CHANNEL_USE__STATUS:
				return getStatus();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TreatyPackage.CHANNEL_USE__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case TreatyPackage.CHANNEL_USE__ROLE:
				setRole((ChannelRole)newValue);
				return;
			case TreatyPackage.CHANNEL_USE__CONDITION:
				setCondition((String)newValue);
				return;
			case TreatyPackage.CHANNEL_USE__PROVISION:
				setProvision((Provision)newValue);
				return;
			case TreatyPackage.CHANNEL_USE__STATUS:
				setStatus((VerificationStatus)newValue);
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
			case TreatyPackage.CHANNEL_USE__CHANNEL:
				setChannel((Channel)null);
				return;
			case TreatyPackage.CHANNEL_USE__ROLE:
				unsetRole();
				return;
			case TreatyPackage.CHANNEL_USE__CONDITION:
				setCondition(CONDITION_EDEFAULT);
				return;
			case TreatyPackage.CHANNEL_USE__PROVISION:
				setProvision((Provision)null);
				return;
			case TreatyPackage.CHANNEL_USE__STATUS:
				unsetStatus();
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
			case TreatyPackage.CHANNEL_USE__CHANNEL:
				return channel != null;
			case TreatyPackage.CHANNEL_USE__ROLE:
				return isSetRole();
			case TreatyPackage.CHANNEL_USE__CONDITION:
				return CONDITION_EDEFAULT == null ? condition != null : !CONDITION_EDEFAULT.equals(condition);
			case TreatyPackage.CHANNEL_USE__PROVISION:
				return provision != null;
			case TreatyPackage.CHANNEL_USE__STATUS:
				return isSetStatus();
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
		result.append(" (role: "); //$NON-NLS-1$
		if (roleESet) result.append(role); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", condition: "); //$NON-NLS-1$
		result.append(condition);
		result.append(", status: "); //$NON-NLS-1$
		if (statusESet) result.append(status); else result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //ChannelUseImpl
