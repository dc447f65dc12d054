/**
 */
package org.rogatory.treaty.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.rogatory.treaty.model.Article;
import org.rogatory.treaty.model.RequestContentSet;
import org.rogatory.treaty.model.RequestElement;
import org.rogatory.treaty.model.TreatyPackage;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Request Content Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.impl.RequestContentSetImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.RequestContentSetImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.RequestContentSetImpl#getArticle <em>Article</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.RequestContentSetImpl#getBuiltOn <em>Built On</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.RequestContentSetImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.RequestContentSetImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.RequestContentSetImpl#getElements <em>Elements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RequestContentSetImpl extends EObjectImpl implements RequestContentSet {
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
	 * The cached value of the '{@link #getArticle() <em>Article</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticle()
	 * @generated
	 * @ordered
	 */
	protected Article article;

	/**
	 * The cached value of the '{@link #getBuiltOn() <em>Built On</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuiltOn()
	 * @generated
	 * @ordered
	 */
	protected RequestContentSet builtOn;

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
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getElements() <em>Elements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElements()
	 * @generated
	 * @ordered
	 */
	protected EList<RequestElement> elements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RequestContentSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TreatyPackage.Literals.REQUEST_CONTENT_SET;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.REQUEST_CONTENT_SET__KEY, oldKey, key));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.REQUEST_CONTENT_SET__LABEL, oldLabel, label));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TreatyPackage.REQUEST_CONTENT_SET__ARTICLE, oldArticle, article));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.REQUEST_CONTENT_SET__ARTICLE, oldArticle, article));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RequestContentSet getBuiltOn() {
		if (builtOn != null && builtOn.eIsProxy()) {
			InternalEObject oldBuiltOn = (InternalEObject)builtOn;
			builtOn = (RequestContentSet)eResolveProxy(oldBuiltOn);
			if (builtOn != oldBuiltOn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TreatyPackage.REQUEST_CONTENT_SET__BUILT_ON, oldBuiltOn, builtOn));
			}
		}
		return builtOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RequestContentSet basicGetBuiltOn() {
		return builtOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuiltOn(RequestContentSet newBuiltOn) {
		RequestContentSet oldBuiltOn = builtOn;
		builtOn = newBuiltOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.REQUEST_CONTENT_SET__BUILT_ON, oldBuiltOn, builtOn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.REQUEST_CONTENT_SET__STATUS, oldStatus, status, !oldStatusESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.REQUEST_CONTENT_SET__STATUS, oldStatus, STATUS_EDEFAULT, oldStatusESet));
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
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.REQUEST_CONTENT_SET__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RequestElement> getElements() {
		if (elements == null) {
			elements = new EObjectContainmentEList<RequestElement>(RequestElement.class, this, TreatyPackage.REQUEST_CONTENT_SET__ELEMENTS);
		}
		return elements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TreatyPackage.REQUEST_CONTENT_SET__ELEMENTS:
				return ((InternalEList<?>)getElements()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TreatyPackage.REQUEST_CONTENT_SET__KEY:
				return getKey();
			case TreatyPackage.REQUEST_CONTENT_SET__LABEL:
				return getLabel();
			case TreatyPackage.REQUEST_CONTENT_SET__ARTICLE:
				if (resolve) return getArticle();
				return basicGetArticle();
			case TreatyPackage.REQUEST_CONTENT_SET__BUILT_ON:
				if (resolve) return getBuiltOn();
				return basicGetBuiltOn();
			case TreatyPackage.REQUEST_CONTENT_SET__STATUS:
				return getStatus();
			case TreatyPackage.REQUEST_CONTENT_SET__NOTE:
				return getNote();
			case TreatyPackage.REQUEST_CONTENT_SET__ELEMENTS:
				return getElements();
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
			case TreatyPackage.REQUEST_CONTENT_SET__KEY:
				setKey((String)newValue);
				return;
			case TreatyPackage.REQUEST_CONTENT_SET__LABEL:
				setLabel((String)newValue);
				return;
			case TreatyPackage.REQUEST_CONTENT_SET__ARTICLE:
				setArticle((Article)newValue);
				return;
			case TreatyPackage.REQUEST_CONTENT_SET__BUILT_ON:
				setBuiltOn((RequestContentSet)newValue);
				return;
			case TreatyPackage.REQUEST_CONTENT_SET__STATUS:
				setStatus((VerificationStatus)newValue);
				return;
			case TreatyPackage.REQUEST_CONTENT_SET__NOTE:
				setNote((String)newValue);
				return;
			case TreatyPackage.REQUEST_CONTENT_SET__ELEMENTS:
				getElements().clear();
				getElements().addAll((Collection<? extends RequestElement>)newValue);
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
			case TreatyPackage.REQUEST_CONTENT_SET__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case TreatyPackage.REQUEST_CONTENT_SET__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case TreatyPackage.REQUEST_CONTENT_SET__ARTICLE:
				setArticle((Article)null);
				return;
			case TreatyPackage.REQUEST_CONTENT_SET__BUILT_ON:
				setBuiltOn((RequestContentSet)null);
				return;
			case TreatyPackage.REQUEST_CONTENT_SET__STATUS:
				unsetStatus();
				return;
			case TreatyPackage.REQUEST_CONTENT_SET__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case TreatyPackage.REQUEST_CONTENT_SET__ELEMENTS:
				getElements().clear();
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
			case TreatyPackage.REQUEST_CONTENT_SET__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case TreatyPackage.REQUEST_CONTENT_SET__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case TreatyPackage.REQUEST_CONTENT_SET__ARTICLE:
				return article != null;
			case TreatyPackage.REQUEST_CONTENT_SET__BUILT_ON:
				return builtOn != null;
			case TreatyPackage.REQUEST_CONTENT_SET__STATUS:
				return isSetStatus();
			case TreatyPackage.REQUEST_CONTENT_SET__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case TreatyPackage.REQUEST_CONTENT_SET__ELEMENTS:
				return elements != null && !elements.isEmpty();
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
		result.append(", status: "); //$NON-NLS-1$
		if (statusESet) result.append(status); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", note: "); //$NON-NLS-1$
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //RequestContentSetImpl
