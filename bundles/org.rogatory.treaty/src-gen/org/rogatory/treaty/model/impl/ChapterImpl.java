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
import org.eclipse.emf.ecore.util.InternalEList;

import org.rogatory.treaty.model.Article;
import org.rogatory.treaty.model.Chapter;
import org.rogatory.treaty.model.TreatyPackage;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Chapter</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.impl.ChapterImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ChapterImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ChapterImpl#getRoman <em>Roman</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ChapterImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ChapterImpl#getTitleStatus <em>Title Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ChapterImpl#getFirstArticle <em>First Article</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ChapterImpl#getLastArticle <em>Last Article</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ChapterImpl#getRangeStatus <em>Range Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ChapterImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ChapterImpl#getArticles <em>Articles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChapterImpl extends EObjectImpl implements Chapter {
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
	 * The default value of the '{@link #getRoman() <em>Roman</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoman()
	 * @generated
	 * @ordered
	 */
	protected static final String ROMAN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRoman() <em>Roman</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoman()
	 * @generated
	 * @ordered
	 */
	protected String roman = ROMAN_EDEFAULT;

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
	 * The default value of the '{@link #getFirstArticle() <em>First Article</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstArticle()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_ARTICLE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFirstArticle() <em>First Article</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstArticle()
	 * @generated
	 * @ordered
	 */
	protected int firstArticle = FIRST_ARTICLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastArticle() <em>Last Article</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastArticle()
	 * @generated
	 * @ordered
	 */
	protected static final int LAST_ARTICLE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLastArticle() <em>Last Article</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastArticle()
	 * @generated
	 * @ordered
	 */
	protected int lastArticle = LAST_ARTICLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRangeStatus() <em>Range Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRangeStatus()
	 * @generated
	 * @ordered
	 */
	protected static final VerificationStatus RANGE_STATUS_EDEFAULT = VerificationStatus.UNVERIFIED;

	/**
	 * The cached value of the '{@link #getRangeStatus() <em>Range Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRangeStatus()
	 * @generated
	 * @ordered
	 */
	protected VerificationStatus rangeStatus = RANGE_STATUS_EDEFAULT;

	/**
	 * This is true if the Range Status attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean rangeStatusESet;

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
	 * The cached value of the '{@link #getArticles() <em>Articles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticles()
	 * @generated
	 * @ordered
	 */
	protected EList<Article> articles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChapterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TreatyPackage.Literals.CHAPTER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CHAPTER__KEY, oldKey, key));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CHAPTER__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRoman() {
		return roman;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoman(String newRoman) {
		String oldRoman = roman;
		roman = newRoman;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CHAPTER__ROMAN, oldRoman, roman));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CHAPTER__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CHAPTER__TITLE_STATUS, oldTitleStatus, titleStatus, !oldTitleStatusESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.CHAPTER__TITLE_STATUS, oldTitleStatus, TITLE_STATUS_EDEFAULT, oldTitleStatusESet));
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
	public int getFirstArticle() {
		return firstArticle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstArticle(int newFirstArticle) {
		int oldFirstArticle = firstArticle;
		firstArticle = newFirstArticle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CHAPTER__FIRST_ARTICLE, oldFirstArticle, firstArticle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLastArticle() {
		return lastArticle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastArticle(int newLastArticle) {
		int oldLastArticle = lastArticle;
		lastArticle = newLastArticle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CHAPTER__LAST_ARTICLE, oldLastArticle, lastArticle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VerificationStatus getRangeStatus() {
		return rangeStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRangeStatus(VerificationStatus newRangeStatus) {
		VerificationStatus oldRangeStatus = rangeStatus;
		rangeStatus = newRangeStatus == null ? RANGE_STATUS_EDEFAULT : newRangeStatus;
		boolean oldRangeStatusESet = rangeStatusESet;
		rangeStatusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CHAPTER__RANGE_STATUS, oldRangeStatus, rangeStatus, !oldRangeStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRangeStatus() {
		VerificationStatus oldRangeStatus = rangeStatus;
		boolean oldRangeStatusESet = rangeStatusESet;
		rangeStatus = RANGE_STATUS_EDEFAULT;
		rangeStatusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.CHAPTER__RANGE_STATUS, oldRangeStatus, RANGE_STATUS_EDEFAULT, oldRangeStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRangeStatus() {
		return rangeStatusESet;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CHAPTER__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Article> getArticles() {
		if (articles == null) {
			articles = new EObjectContainmentWithInverseEList<Article>(Article.class, this, TreatyPackage.CHAPTER__ARTICLES, TreatyPackage.ARTICLE__CHAPTER);
		}
		return articles;
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
			case TreatyPackage.CHAPTER__ARTICLES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getArticles()).basicAdd(otherEnd, msgs);
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
			case TreatyPackage.CHAPTER__ARTICLES:
				return ((InternalEList<?>)getArticles()).basicRemove(otherEnd, msgs);
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
			case TreatyPackage.CHAPTER__KEY:
				return getKey();
			case TreatyPackage.CHAPTER__NUMBER:
				return getNumber();
			case TreatyPackage.CHAPTER__ROMAN:
				return getRoman();
			case TreatyPackage.CHAPTER__TITLE:
				return getTitle();
			case TreatyPackage.CHAPTER__TITLE_STATUS:
				return getTitleStatus();
			case TreatyPackage.CHAPTER__FIRST_ARTICLE:
				return getFirstArticle();
			case TreatyPackage.CHAPTER__LAST_ARTICLE:
				return getLastArticle();
			case TreatyPackage.CHAPTER__RANGE_STATUS:
				return getRangeStatus();
			case TreatyPackage.CHAPTER__NOTE:
				return getNote();
			case TreatyPackage.CHAPTER__ARTICLES:
				return getArticles();
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
			case TreatyPackage.CHAPTER__KEY:
				setKey((String)newValue);
				return;
			case TreatyPackage.CHAPTER__NUMBER:
				setNumber((Integer)newValue);
				return;
			case TreatyPackage.CHAPTER__ROMAN:
				setRoman((String)newValue);
				return;
			case TreatyPackage.CHAPTER__TITLE:
				setTitle((String)newValue);
				return;
			case TreatyPackage.CHAPTER__TITLE_STATUS:
				setTitleStatus((VerificationStatus)newValue);
				return;
			case TreatyPackage.CHAPTER__FIRST_ARTICLE:
				setFirstArticle((Integer)newValue);
				return;
			case TreatyPackage.CHAPTER__LAST_ARTICLE:
				setLastArticle((Integer)newValue);
				return;
			case TreatyPackage.CHAPTER__RANGE_STATUS:
				setRangeStatus((VerificationStatus)newValue);
				return;
			case TreatyPackage.CHAPTER__NOTE:
				setNote((String)newValue);
				return;
			case TreatyPackage.CHAPTER__ARTICLES:
				getArticles().clear();
				getArticles().addAll((Collection<? extends Article>)newValue);
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
			case TreatyPackage.CHAPTER__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case TreatyPackage.CHAPTER__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case TreatyPackage.CHAPTER__ROMAN:
				setRoman(ROMAN_EDEFAULT);
				return;
			case TreatyPackage.CHAPTER__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case TreatyPackage.CHAPTER__TITLE_STATUS:
				unsetTitleStatus();
				return;
			case TreatyPackage.CHAPTER__FIRST_ARTICLE:
				setFirstArticle(FIRST_ARTICLE_EDEFAULT);
				return;
			case TreatyPackage.CHAPTER__LAST_ARTICLE:
				setLastArticle(LAST_ARTICLE_EDEFAULT);
				return;
			case TreatyPackage.CHAPTER__RANGE_STATUS:
				unsetRangeStatus();
				return;
			case TreatyPackage.CHAPTER__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case TreatyPackage.CHAPTER__ARTICLES:
				getArticles().clear();
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
			case TreatyPackage.CHAPTER__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case TreatyPackage.CHAPTER__NUMBER:
				return number != NUMBER_EDEFAULT;
			case TreatyPackage.CHAPTER__ROMAN:
				return ROMAN_EDEFAULT == null ? roman != null : !ROMAN_EDEFAULT.equals(roman);
			case TreatyPackage.CHAPTER__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case TreatyPackage.CHAPTER__TITLE_STATUS:
				return isSetTitleStatus();
			case TreatyPackage.CHAPTER__FIRST_ARTICLE:
				return firstArticle != FIRST_ARTICLE_EDEFAULT;
			case TreatyPackage.CHAPTER__LAST_ARTICLE:
				return lastArticle != LAST_ARTICLE_EDEFAULT;
			case TreatyPackage.CHAPTER__RANGE_STATUS:
				return isSetRangeStatus();
			case TreatyPackage.CHAPTER__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case TreatyPackage.CHAPTER__ARTICLES:
				return articles != null && !articles.isEmpty();
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
		result.append(", roman: "); //$NON-NLS-1$
		result.append(roman);
		result.append(", title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", titleStatus: "); //$NON-NLS-1$
		if (titleStatusESet) result.append(titleStatus); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", firstArticle: "); //$NON-NLS-1$
		result.append(firstArticle);
		result.append(", lastArticle: "); //$NON-NLS-1$
		result.append(lastArticle);
		result.append(", rangeStatus: "); //$NON-NLS-1$
		if (rangeStatusESet) result.append(rangeStatus); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", note: "); //$NON-NLS-1$
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //ChapterImpl
