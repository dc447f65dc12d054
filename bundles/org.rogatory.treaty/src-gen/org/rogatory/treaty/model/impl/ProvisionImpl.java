/**
 */
package org.rogatory.treaty.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.rogatory.treaty.model.Article;
import org.rogatory.treaty.model.Provision;
import org.rogatory.treaty.model.TreatyPackage;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Provision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.impl.ProvisionImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ProvisionImpl#getParagraph <em>Paragraph</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ProvisionImpl#getNumberStatus <em>Number Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ProvisionImpl#isNumberApproximate <em>Number Approximate</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ProvisionImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ProvisionImpl#getContentStatus <em>Content Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ProvisionImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ProvisionImpl#getArticle <em>Article</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProvisionImpl extends EObjectImpl implements Provision {
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
	 * The default value of the '{@link #getParagraph() <em>Paragraph</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParagraph()
	 * @generated
	 * @ordered
	 */
	protected static final String PARAGRAPH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParagraph() <em>Paragraph</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParagraph()
	 * @generated
	 * @ordered
	 */
	protected String paragraph = PARAGRAPH_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumberStatus() <em>Number Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberStatus()
	 * @generated
	 * @ordered
	 */
	protected static final VerificationStatus NUMBER_STATUS_EDEFAULT = VerificationStatus.UNVERIFIED;

	/**
	 * The cached value of the '{@link #getNumberStatus() <em>Number Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberStatus()
	 * @generated
	 * @ordered
	 */
	protected VerificationStatus numberStatus = NUMBER_STATUS_EDEFAULT;

	/**
	 * This is true if the Number Status attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean numberStatusESet;

	/**
	 * The default value of the '{@link #isNumberApproximate() <em>Number Approximate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNumberApproximate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NUMBER_APPROXIMATE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNumberApproximate() <em>Number Approximate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNumberApproximate()
	 * @generated
	 * @ordered
	 */
	protected boolean numberApproximate = NUMBER_APPROXIMATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentStatus() <em>Content Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentStatus()
	 * @generated
	 * @ordered
	 */
	protected static final VerificationStatus CONTENT_STATUS_EDEFAULT = VerificationStatus.UNVERIFIED;

	/**
	 * The cached value of the '{@link #getContentStatus() <em>Content Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentStatus()
	 * @generated
	 * @ordered
	 */
	protected VerificationStatus contentStatus = CONTENT_STATUS_EDEFAULT;

	/**
	 * This is true if the Content Status attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean contentStatusESet;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProvisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TreatyPackage.Literals.PROVISION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.PROVISION__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParagraph() {
		return paragraph;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParagraph(String newParagraph) {
		String oldParagraph = paragraph;
		paragraph = newParagraph;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.PROVISION__PARAGRAPH, oldParagraph, paragraph));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VerificationStatus getNumberStatus() {
		return numberStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumberStatus(VerificationStatus newNumberStatus) {
		VerificationStatus oldNumberStatus = numberStatus;
		numberStatus = newNumberStatus == null ? NUMBER_STATUS_EDEFAULT : newNumberStatus;
		boolean oldNumberStatusESet = numberStatusESet;
		numberStatusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.PROVISION__NUMBER_STATUS, oldNumberStatus, numberStatus, !oldNumberStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetNumberStatus() {
		VerificationStatus oldNumberStatus = numberStatus;
		boolean oldNumberStatusESet = numberStatusESet;
		numberStatus = NUMBER_STATUS_EDEFAULT;
		numberStatusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.PROVISION__NUMBER_STATUS, oldNumberStatus, NUMBER_STATUS_EDEFAULT, oldNumberStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetNumberStatus() {
		return numberStatusESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNumberApproximate() {
		return numberApproximate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumberApproximate(boolean newNumberApproximate) {
		boolean oldNumberApproximate = numberApproximate;
		numberApproximate = newNumberApproximate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.PROVISION__NUMBER_APPROXIMATE, oldNumberApproximate, numberApproximate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.PROVISION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VerificationStatus getContentStatus() {
		return contentStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentStatus(VerificationStatus newContentStatus) {
		VerificationStatus oldContentStatus = contentStatus;
		contentStatus = newContentStatus == null ? CONTENT_STATUS_EDEFAULT : newContentStatus;
		boolean oldContentStatusESet = contentStatusESet;
		contentStatusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.PROVISION__CONTENT_STATUS, oldContentStatus, contentStatus, !oldContentStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetContentStatus() {
		VerificationStatus oldContentStatus = contentStatus;
		boolean oldContentStatusESet = contentStatusESet;
		contentStatus = CONTENT_STATUS_EDEFAULT;
		contentStatusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.PROVISION__CONTENT_STATUS, oldContentStatus, CONTENT_STATUS_EDEFAULT, oldContentStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetContentStatus() {
		return contentStatusESet;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.PROVISION__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Article getArticle() {
		if (eContainerFeatureID() != TreatyPackage.PROVISION__ARTICLE) return null;
		return (Article)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetArticle(Article newArticle, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newArticle, TreatyPackage.PROVISION__ARTICLE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArticle(Article newArticle) {
		if (newArticle != eInternalContainer() || (eContainerFeatureID() != TreatyPackage.PROVISION__ARTICLE && newArticle != null)) {
			if (EcoreUtil.isAncestor(this, newArticle))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString()); //$NON-NLS-1$
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newArticle != null)
				msgs = ((InternalEObject)newArticle).eInverseAdd(this, TreatyPackage.ARTICLE__PROVISIONS, Article.class, msgs);
			msgs = basicSetArticle(newArticle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.PROVISION__ARTICLE, newArticle, newArticle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TreatyPackage.PROVISION__ARTICLE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetArticle((Article)otherEnd, msgs);
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
			case TreatyPackage.PROVISION__ARTICLE:
				return basicSetArticle(null, msgs);
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
			case TreatyPackage.PROVISION__ARTICLE:
				return eInternalContainer().eInverseRemove(this, TreatyPackage.ARTICLE__PROVISIONS, Article.class, msgs);
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
			case TreatyPackage.PROVISION__KEY:
				return getKey();
			case TreatyPackage.PROVISION__PARAGRAPH:
				return getParagraph();
			case TreatyPackage.PROVISION__NUMBER_STATUS:
				return getNumberStatus();
			case TreatyPackage.PROVISION__NUMBER_APPROXIMATE:
				return isNumberApproximate();
			case TreatyPackage.PROVISION__TEXT:
				return getText();
			case TreatyPackage.PROVISION__CONTENT_STATUS:
				return getContentStatus();
			case TreatyPackage.PROVISION__NOTE:
				return getNote();
			case TreatyPackage.PROVISION__ARTICLE:
				return getArticle();
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
			case TreatyPackage.PROVISION__KEY:
				setKey((String)newValue);
				return;
			case TreatyPackage.PROVISION__PARAGRAPH:
				setParagraph((String)newValue);
				return;
			case TreatyPackage.PROVISION__NUMBER_STATUS:
				setNumberStatus((VerificationStatus)newValue);
				return;
			case TreatyPackage.PROVISION__NUMBER_APPROXIMATE:
				setNumberApproximate((Boolean)newValue);
				return;
			case TreatyPackage.PROVISION__TEXT:
				setText((String)newValue);
				return;
			case TreatyPackage.PROVISION__CONTENT_STATUS:
				setContentStatus((VerificationStatus)newValue);
				return;
			case TreatyPackage.PROVISION__NOTE:
				setNote((String)newValue);
				return;
			case TreatyPackage.PROVISION__ARTICLE:
				setArticle((Article)newValue);
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
			case TreatyPackage.PROVISION__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case TreatyPackage.PROVISION__PARAGRAPH:
				setParagraph(PARAGRAPH_EDEFAULT);
				return;
			case TreatyPackage.PROVISION__NUMBER_STATUS:
				unsetNumberStatus();
				return;
			case TreatyPackage.PROVISION__NUMBER_APPROXIMATE:
				setNumberApproximate(NUMBER_APPROXIMATE_EDEFAULT);
				return;
			case TreatyPackage.PROVISION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case TreatyPackage.PROVISION__CONTENT_STATUS:
				unsetContentStatus();
				return;
			case TreatyPackage.PROVISION__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case TreatyPackage.PROVISION__ARTICLE:
				setArticle((Article)null);
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
			case TreatyPackage.PROVISION__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case TreatyPackage.PROVISION__PARAGRAPH:
				return PARAGRAPH_EDEFAULT == null ? paragraph != null : !PARAGRAPH_EDEFAULT.equals(paragraph);
			case TreatyPackage.PROVISION__NUMBER_STATUS:
				return isSetNumberStatus();
			case TreatyPackage.PROVISION__NUMBER_APPROXIMATE:
				return numberApproximate != NUMBER_APPROXIMATE_EDEFAULT;
			case TreatyPackage.PROVISION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case TreatyPackage.PROVISION__CONTENT_STATUS:
				return isSetContentStatus();
			case TreatyPackage.PROVISION__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case TreatyPackage.PROVISION__ARTICLE:
				return getArticle() != null;
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
		result.append(", paragraph: "); //$NON-NLS-1$
		result.append(paragraph);
		result.append(", numberStatus: "); //$NON-NLS-1$
		if (numberStatusESet) result.append(numberStatus); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", numberApproximate: "); //$NON-NLS-1$
		result.append(numberApproximate);
		result.append(", text: "); //$NON-NLS-1$
		result.append(text);
		result.append(", contentStatus: "); //$NON-NLS-1$
		if (contentStatusESet) result.append(contentStatus); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", note: "); //$NON-NLS-1$
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //ProvisionImpl
