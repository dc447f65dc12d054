/**
 */
package org.rogatory.treaty.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.rogatory.treaty.model.Article;
import org.rogatory.treaty.model.DeclarationTopic;
import org.rogatory.treaty.model.GroundPermission;
import org.rogatory.treaty.model.Provision;
import org.rogatory.treaty.model.RefusalGround;
import org.rogatory.treaty.model.TreatyPackage;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Refusal Ground</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.impl.RefusalGroundImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.RefusalGroundImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.RefusalGroundImpl#getPermission <em>Permission</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.RefusalGroundImpl#getArticle <em>Article</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.RefusalGroundImpl#getProvision <em>Provision</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.RefusalGroundImpl#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.RefusalGroundImpl#isRequiresReservation <em>Requires Reservation</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.RefusalGroundImpl#isPostponeOnly <em>Postpone Only</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.RefusalGroundImpl#getReframeAs <em>Reframe As</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.RefusalGroundImpl#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.RefusalGroundImpl#getDeclarationTopic <em>Declaration Topic</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.RefusalGroundImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RefusalGroundImpl extends EObjectImpl implements RefusalGround {
	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPermission() <em>Permission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPermission()
	 * @generated
	 * @ordered
	 */
	protected static final GroundPermission PERMISSION_EDEFAULT = GroundPermission.MAY;

	/**
	 * The cached value of the '{@link #getPermission() <em>Permission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPermission()
	 * @generated
	 * @ordered
	 */
	protected GroundPermission permission = PERMISSION_EDEFAULT;

	/**
	 * This is true if the Permission attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean permissionESet;

	/**
	 * The cached value of the '{@link #getArticle() <em>Article</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticle()
	 * @generated
	 * @ordered
	 */
	protected Article article;

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
	 * The default value of the '{@link #isRequiresReservation() <em>Requires Reservation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequiresReservation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REQUIRES_RESERVATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRequiresReservation() <em>Requires Reservation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequiresReservation()
	 * @generated
	 * @ordered
	 */
	protected boolean requiresReservation = REQUIRES_RESERVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isPostponeOnly() <em>Postpone Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPostponeOnly()
	 * @generated
	 * @ordered
	 */
	protected static final boolean POSTPONE_ONLY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPostponeOnly() <em>Postpone Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPostponeOnly()
	 * @generated
	 * @ordered
	 */
	protected boolean postponeOnly = POSTPONE_ONLY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReframeAs() <em>Reframe As</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReframeAs()
	 * @generated
	 * @ordered
	 */
	protected EList<RefusalGround> reframeAs;

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
	 * The cached value of the '{@link #getDeclarationTopic() <em>Declaration Topic</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclarationTopic()
	 * @generated
	 * @ordered
	 */
	protected DeclarationTopic declarationTopic;

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
	protected RefusalGroundImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TreatyPackage.Literals.REFUSAL_GROUND;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.REFUSAL_GROUND__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.REFUSAL_GROUND__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroundPermission getPermission() {
		return permission;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPermission(GroundPermission newPermission) {
		GroundPermission oldPermission = permission;
		permission = newPermission == null ? PERMISSION_EDEFAULT : newPermission;
		boolean oldPermissionESet = permissionESet;
		permissionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.REFUSAL_GROUND__PERMISSION, oldPermission, permission, !oldPermissionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPermission() {
		GroundPermission oldPermission = permission;
		boolean oldPermissionESet = permissionESet;
		permission = PERMISSION_EDEFAULT;
		permissionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.REFUSAL_GROUND__PERMISSION, oldPermission, PERMISSION_EDEFAULT, oldPermissionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPermission() {
		return permissionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Article getArticle() {
		if (article != null && article.eIsProxy()) {
			InternalEObject oldArticle = (InternalEObject)article;
			article = (Article)eResolveProxy(oldArticle);
			if (article != oldArticle) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TreatyPackage.REFUSAL_GROUND__ARTICLE, oldArticle, article));
			}
		}
		return article;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Article basicGetArticle() {
		return article;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArticle(Article newArticle) {
		Article oldArticle = article;
		article = newArticle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.REFUSAL_GROUND__ARTICLE, oldArticle, article));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TreatyPackage.REFUSAL_GROUND__PROVISION, oldProvision, provision));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.REFUSAL_GROUND__PROVISION, oldProvision, provision));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.REFUSAL_GROUND__CONDITION, oldCondition, condition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRequiresReservation() {
		return requiresReservation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequiresReservation(boolean newRequiresReservation) {
		boolean oldRequiresReservation = requiresReservation;
		requiresReservation = newRequiresReservation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.REFUSAL_GROUND__REQUIRES_RESERVATION, oldRequiresReservation, requiresReservation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPostponeOnly() {
		return postponeOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostponeOnly(boolean newPostponeOnly) {
		boolean oldPostponeOnly = postponeOnly;
		postponeOnly = newPostponeOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.REFUSAL_GROUND__POSTPONE_ONLY, oldPostponeOnly, postponeOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RefusalGround> getReframeAs() {
		if (reframeAs == null) {
			reframeAs = new EObjectResolvingEList<RefusalGround>(RefusalGround.class, this, TreatyPackage.REFUSAL_GROUND__REFRAME_AS);
		}
		return reframeAs;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.REFUSAL_GROUND__EXPLANATION, oldExplanation, explanation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeclarationTopic getDeclarationTopic() {
		if (declarationTopic != null && declarationTopic.eIsProxy()) {
			InternalEObject oldDeclarationTopic = (InternalEObject)declarationTopic;
			declarationTopic = (DeclarationTopic)eResolveProxy(oldDeclarationTopic);
			if (declarationTopic != oldDeclarationTopic) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TreatyPackage.REFUSAL_GROUND__DECLARATION_TOPIC, oldDeclarationTopic, declarationTopic));
			}
		}
		return declarationTopic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeclarationTopic basicGetDeclarationTopic() {
		return declarationTopic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeclarationTopic(DeclarationTopic newDeclarationTopic) {
		DeclarationTopic oldDeclarationTopic = declarationTopic;
		declarationTopic = newDeclarationTopic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.REFUSAL_GROUND__DECLARATION_TOPIC, oldDeclarationTopic, declarationTopic));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.REFUSAL_GROUND__STATUS, oldStatus, status, !oldStatusESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.REFUSAL_GROUND__STATUS, oldStatus, STATUS_EDEFAULT, oldStatusESet));
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
			case TreatyPackage.REFUSAL_GROUND__KEY:
				return getKey();
			case TreatyPackage.REFUSAL_GROUND__LABEL:
				return getLabel();
			case TreatyPackage.REFUSAL_GROUND__PERMISSION:
				return getPermission();
			case TreatyPackage.REFUSAL_GROUND__ARTICLE:
				if (resolve) return getArticle();
				return basicGetArticle();
			case TreatyPackage.REFUSAL_GROUND__PROVISION:
				if (resolve) return getProvision();
				return basicGetProvision();
			case TreatyPackage.REFUSAL_GROUND__CONDITION:
				return getCondition();
			case TreatyPackage.REFUSAL_GROUND__REQUIRES_RESERVATION:
				return isRequiresReservation();
			case TreatyPackage.REFUSAL_GROUND__POSTPONE_ONLY:
				return isPostponeOnly();
			case TreatyPackage.REFUSAL_GROUND__REFRAME_AS:
				return getReframeAs();
			case TreatyPackage.REFUSAL_GROUND__EXPLANATION:
				return getExplanation();
			case TreatyPackage.REFUSAL_GROUND__DECLARATION_TOPIC:
				if (resolve) return getDeclarationTopic();
				return basicGetDeclarationTopic();
			case TreatyPackage.REFUSAL_GROUND__STATUS:
				return getStatus();
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
			case TreatyPackage.REFUSAL_GROUND__KEY:
				setKey((String)newValue);
				return;
			case TreatyPackage.REFUSAL_GROUND__LABEL:
				setLabel((String)newValue);
				return;
			case TreatyPackage.REFUSAL_GROUND__PERMISSION:
				setPermission((GroundPermission)newValue);
				return;
			case TreatyPackage.REFUSAL_GROUND__ARTICLE:
				setArticle((Article)newValue);
				return;
			case TreatyPackage.REFUSAL_GROUND__PROVISION:
				setProvision((Provision)newValue);
				return;
			case TreatyPackage.REFUSAL_GROUND__CONDITION:
				setCondition((String)newValue);
				return;
			case TreatyPackage.REFUSAL_GROUND__REQUIRES_RESERVATION:
				setRequiresReservation((Boolean)newValue);
				return;
			case TreatyPackage.REFUSAL_GROUND__POSTPONE_ONLY:
				setPostponeOnly((Boolean)newValue);
				return;
			case TreatyPackage.REFUSAL_GROUND__REFRAME_AS:
				getReframeAs().clear();
				getReframeAs().addAll((Collection<? extends RefusalGround>)newValue);
				return;
			case TreatyPackage.REFUSAL_GROUND__EXPLANATION:
				setExplanation((String)newValue);
				return;
			case TreatyPackage.REFUSAL_GROUND__DECLARATION_TOPIC:
				setDeclarationTopic((DeclarationTopic)newValue);
				return;
			case TreatyPackage.REFUSAL_GROUND__STATUS:
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
			case TreatyPackage.REFUSAL_GROUND__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case TreatyPackage.REFUSAL_GROUND__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case TreatyPackage.REFUSAL_GROUND__PERMISSION:
				unsetPermission();
				return;
			case TreatyPackage.REFUSAL_GROUND__ARTICLE:
				setArticle((Article)null);
				return;
			case TreatyPackage.REFUSAL_GROUND__PROVISION:
				setProvision((Provision)null);
				return;
			case TreatyPackage.REFUSAL_GROUND__CONDITION:
				setCondition(CONDITION_EDEFAULT);
				return;
			case TreatyPackage.REFUSAL_GROUND__REQUIRES_RESERVATION:
				setRequiresReservation(REQUIRES_RESERVATION_EDEFAULT);
				return;
			case TreatyPackage.REFUSAL_GROUND__POSTPONE_ONLY:
				setPostponeOnly(POSTPONE_ONLY_EDEFAULT);
				return;
			case TreatyPackage.REFUSAL_GROUND__REFRAME_AS:
				getReframeAs().clear();
				return;
			case TreatyPackage.REFUSAL_GROUND__EXPLANATION:
				setExplanation(EXPLANATION_EDEFAULT);
				return;
			case TreatyPackage.REFUSAL_GROUND__DECLARATION_TOPIC:
				setDeclarationTopic((DeclarationTopic)null);
				return;
			case TreatyPackage.REFUSAL_GROUND__STATUS:
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
			case TreatyPackage.REFUSAL_GROUND__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case TreatyPackage.REFUSAL_GROUND__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case TreatyPackage.REFUSAL_GROUND__PERMISSION:
				return isSetPermission();
			case TreatyPackage.REFUSAL_GROUND__ARTICLE:
				return article != null;
			case TreatyPackage.REFUSAL_GROUND__PROVISION:
				return provision != null;
			case TreatyPackage.REFUSAL_GROUND__CONDITION:
				return CONDITION_EDEFAULT == null ? condition != null : !CONDITION_EDEFAULT.equals(condition);
			case TreatyPackage.REFUSAL_GROUND__REQUIRES_RESERVATION:
				return requiresReservation != REQUIRES_RESERVATION_EDEFAULT;
			case TreatyPackage.REFUSAL_GROUND__POSTPONE_ONLY:
				return postponeOnly != POSTPONE_ONLY_EDEFAULT;
			case TreatyPackage.REFUSAL_GROUND__REFRAME_AS:
				return reframeAs != null && !reframeAs.isEmpty();
			case TreatyPackage.REFUSAL_GROUND__EXPLANATION:
				return EXPLANATION_EDEFAULT == null ? explanation != null : !EXPLANATION_EDEFAULT.equals(explanation);
			case TreatyPackage.REFUSAL_GROUND__DECLARATION_TOPIC:
				return declarationTopic != null;
			case TreatyPackage.REFUSAL_GROUND__STATUS:
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
		result.append(" (key: "); //$NON-NLS-1$
		result.append(key);
		result.append(", label: "); //$NON-NLS-1$
		result.append(label);
		result.append(", permission: "); //$NON-NLS-1$
		if (permissionESet) result.append(permission); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", condition: "); //$NON-NLS-1$
		result.append(condition);
		result.append(", requiresReservation: "); //$NON-NLS-1$
		result.append(requiresReservation);
		result.append(", postponeOnly: "); //$NON-NLS-1$
		result.append(postponeOnly);
		result.append(", explanation: "); //$NON-NLS-1$
		result.append(explanation);
		result.append(", status: "); //$NON-NLS-1$
		if (statusESet) result.append(status); else result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //RefusalGroundImpl
