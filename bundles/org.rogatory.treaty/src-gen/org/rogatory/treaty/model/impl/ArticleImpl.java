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

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.rogatory.treaty.model.Article;
import org.rogatory.treaty.model.Chapter;
import org.rogatory.treaty.model.Provision;
import org.rogatory.treaty.model.TreatyPackage;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Article</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.impl.ArticleImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ArticleImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ArticleImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ArticleImpl#getTitleStatus <em>Title Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ArticleImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ArticleImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ArticleImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ArticleImpl#getChapter <em>Chapter</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ArticleImpl#getProvisions <em>Provisions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArticleImpl extends EObjectImpl implements Article {
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
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitleStatus() <em>Title Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleStatus()
	 * @generated
	 * @ordered
	 */
	protected static final VerificationStatus TITLE_STATUS_EDEFAULT = VerificationStatus.UNVERIFIED;

	/**
	 * The cached value of the '{@link #getTitleStatus() <em>Title Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleStatus()
	 * @generated
	 * @ordered
	 */
	protected VerificationStatus titleStatus = TITLE_STATUS_EDEFAULT;

	/**
	 * This is true if the Title Status attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean titleStatusESet;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

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
	 * The cached value of the '{@link #getProvisions() <em>Provisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvisions()
	 * @generated
	 * @ordered
	 */
	protected EList<Provision> provisions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArticleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TreatyPackage.Literals.ARTICLE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.ARTICLE__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.ARTICLE__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.ARTICLE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VerificationStatus getTitleStatus() {
		return titleStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitleStatus(VerificationStatus newTitleStatus) {
		VerificationStatus oldTitleStatus = titleStatus;
		titleStatus = newTitleStatus == null ? TITLE_STATUS_EDEFAULT : newTitleStatus;
		boolean oldTitleStatusESet = titleStatusESet;
		titleStatusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.ARTICLE__TITLE_STATUS, oldTitleStatus, titleStatus, !oldTitleStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTitleStatus() {
		VerificationStatus oldTitleStatus = titleStatus;
		boolean oldTitleStatusESet = titleStatusESet;
		titleStatus = TITLE_STATUS_EDEFAULT;
		titleStatusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.ARTICLE__TITLE_STATUS, oldTitleStatus, TITLE_STATUS_EDEFAULT, oldTitleStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTitleStatus() {
		return titleStatusESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.ARTICLE__SUMMARY, oldSummary, summary));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.ARTICLE__STATUS, oldStatus, status, !oldStatusESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.ARTICLE__STATUS, oldStatus, STATUS_EDEFAULT, oldStatusESet));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.ARTICLE__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Chapter getChapter() {
		if (eContainerFeatureID() != TreatyPackage.ARTICLE__CHAPTER) return null;
		return (Chapter)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetChapter(Chapter newChapter, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newChapter, TreatyPackage.ARTICLE__CHAPTER, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChapter(Chapter newChapter) {
		if (newChapter != eInternalContainer() || (eContainerFeatureID() != TreatyPackage.ARTICLE__CHAPTER && newChapter != null)) {
			if (EcoreUtil.isAncestor(this, newChapter))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString()); //$NON-NLS-1$
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newChapter != null)
				msgs = ((InternalEObject)newChapter).eInverseAdd(this, TreatyPackage.CHAPTER__ARTICLES, Chapter.class, msgs);
			msgs = basicSetChapter(newChapter, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.ARTICLE__CHAPTER, newChapter, newChapter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Provision> getProvisions() {
		if (provisions == null) {
			provisions = new EObjectContainmentWithInverseEList<Provision>(Provision.class, this, TreatyPackage.ARTICLE__PROVISIONS, TreatyPackage.PROVISION__ARTICLE);
		}
		return provisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TreatyPackage.ARTICLE__CHAPTER:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetChapter((Chapter)otherEnd, msgs);
			case TreatyPackage.ARTICLE__PROVISIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getProvisions()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TreatyPackage.ARTICLE__CHAPTER:
				return basicSetChapter(null, msgs);
			case TreatyPackage.ARTICLE__PROVISIONS:
				return ((InternalEList<?>)getProvisions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case TreatyPackage.ARTICLE__CHAPTER:
				return eInternalContainer().eInverseRemove(this, TreatyPackage.CHAPTER__ARTICLES, Chapter.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TreatyPackage.ARTICLE__KEY:
				return getKey();
			case TreatyPackage.ARTICLE__NUMBER:
				return getNumber();
			case TreatyPackage.ARTICLE__TITLE:
				return getTitle();
			case TreatyPackage.ARTICLE__TITLE_STATUS:
				return getTitleStatus();
			case TreatyPackage.ARTICLE__SUMMARY:
				return getSummary();
			case TreatyPackage.ARTICLE__STATUS:
				return getStatus();
			case TreatyPackage.ARTICLE__NOTE:
				return getNote();
			case TreatyPackage.ARTICLE__CHAPTER:
				return getChapter();
			case TreatyPackage.ARTICLE__PROVISIONS:
				return getProvisions();
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
			case TreatyPackage.ARTICLE__KEY:
				setKey((String)newValue);
				return;
			case TreatyPackage.ARTICLE__NUMBER:
				setNumber((Integer)newValue);
				return;
			case TreatyPackage.ARTICLE__TITLE:
				setTitle((String)newValue);
				return;
			case TreatyPackage.ARTICLE__TITLE_STATUS:
				setTitleStatus((VerificationStatus)newValue);
				return;
			case TreatyPackage.ARTICLE__SUMMARY:
				setSummary((String)newValue);
				return;
			case TreatyPackage.ARTICLE__STATUS:
				setStatus((VerificationStatus)newValue);
				return;
			case TreatyPackage.ARTICLE__NOTE:
				setNote((String)newValue);
				return;
			case TreatyPackage.ARTICLE__CHAPTER:
				setChapter((Chapter)newValue);
				return;
			case TreatyPackage.ARTICLE__PROVISIONS:
				getProvisions().clear();
				getProvisions().addAll((Collection<? extends Provision>)newValue);
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
			case TreatyPackage.ARTICLE__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case TreatyPackage.ARTICLE__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case TreatyPackage.ARTICLE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case TreatyPackage.ARTICLE__TITLE_STATUS:
				unsetTitleStatus();
				return;
			case TreatyPackage.ARTICLE__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case TreatyPackage.ARTICLE__STATUS:
				unsetStatus();
				return;
			case TreatyPackage.ARTICLE__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case TreatyPackage.ARTICLE__CHAPTER:
				setChapter((Chapter)null);
				return;
			case TreatyPackage.ARTICLE__PROVISIONS:
				getProvisions().clear();
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
			case TreatyPackage.ARTICLE__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case TreatyPackage.ARTICLE__NUMBER:
				return number != NUMBER_EDEFAULT;
			case TreatyPackage.ARTICLE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case TreatyPackage.ARTICLE__TITLE_STATUS:
				return isSetTitleStatus();
			case TreatyPackage.ARTICLE__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case TreatyPackage.ARTICLE__STATUS:
				return isSetStatus();
			case TreatyPackage.ARTICLE__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case TreatyPackage.ARTICLE__CHAPTER:
				return getChapter() != null;
			case TreatyPackage.ARTICLE__PROVISIONS:
				return provisions != null && !provisions.isEmpty();
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
		result.append(", number: "); //$NON-NLS-1$
		result.append(number);
		result.append(", title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", titleStatus: "); //$NON-NLS-1$
		if (titleStatusESet) result.append(titleStatus); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", summary: "); //$NON-NLS-1$
		result.append(summary);
		result.append(", status: "); //$NON-NLS-1$
		if (statusESet) result.append(status); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", note: "); //$NON-NLS-1$
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //ArticleImpl
