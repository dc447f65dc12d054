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

import org.rogatory.treaty.model.BudapestCounterpart;
import org.rogatory.treaty.model.Channel;
import org.rogatory.treaty.model.Chapter;
import org.rogatory.treaty.model.Convention;
import org.rogatory.treaty.model.DeclarationTopic;
import org.rogatory.treaty.model.Fact;
import org.rogatory.treaty.model.Instrument;
import org.rogatory.treaty.model.RefusalGround;
import org.rogatory.treaty.model.RequestContentSet;
import org.rogatory.treaty.model.TreatyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Convention</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.impl.ConventionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ConventionImpl#getShortTitle <em>Short Title</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ConventionImpl#getNickname <em>Nickname</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ConventionImpl#getArticleCount <em>Article Count</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ConventionImpl#getChapterCount <em>Chapter Count</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ConventionImpl#getChapters <em>Chapters</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ConventionImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ConventionImpl#getRequestContents <em>Request Contents</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ConventionImpl#getRefusalGrounds <em>Refusal Grounds</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ConventionImpl#getBudapestCounterparts <em>Budapest Counterparts</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ConventionImpl#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ConventionImpl#getFacts <em>Facts</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.ConventionImpl#getDeclarationTopics <em>Declaration Topics</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConventionImpl extends EObjectImpl implements Convention {
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
	 * The default value of the '{@link #getShortTitle() <em>Short Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORT_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortTitle() <em>Short Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortTitle()
	 * @generated
	 * @ordered
	 */
	protected String shortTitle = SHORT_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNickname() <em>Nickname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNickname()
	 * @generated
	 * @ordered
	 */
	protected static final String NICKNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNickname() <em>Nickname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNickname()
	 * @generated
	 * @ordered
	 */
	protected String nickname = NICKNAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getArticleCount() <em>Article Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticleCount()
	 * @generated
	 * @ordered
	 */
	protected static final int ARTICLE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getArticleCount() <em>Article Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticleCount()
	 * @generated
	 * @ordered
	 */
	protected int articleCount = ARTICLE_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getChapterCount() <em>Chapter Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChapterCount()
	 * @generated
	 * @ordered
	 */
	protected static final int CHAPTER_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getChapterCount() <em>Chapter Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChapterCount()
	 * @generated
	 * @ordered
	 */
	protected int chapterCount = CHAPTER_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChapters() <em>Chapters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChapters()
	 * @generated
	 * @ordered
	 */
	protected EList<Chapter> chapters;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * The cached value of the '{@link #getRequestContents() <em>Request Contents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestContents()
	 * @generated
	 * @ordered
	 */
	protected EList<RequestContentSet> requestContents;

	/**
	 * The cached value of the '{@link #getRefusalGrounds() <em>Refusal Grounds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefusalGrounds()
	 * @generated
	 * @ordered
	 */
	protected EList<RefusalGround> refusalGrounds;

	/**
	 * The cached value of the '{@link #getBudapestCounterparts() <em>Budapest Counterparts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudapestCounterparts()
	 * @generated
	 * @ordered
	 */
	protected EList<BudapestCounterpart> budapestCounterparts;

	/**
	 * The cached value of the '{@link #getInstruments() <em>Instruments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruments()
	 * @generated
	 * @ordered
	 */
	protected EList<Instrument> instruments;

	/**
	 * The cached value of the '{@link #getFacts() <em>Facts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Fact> facts;

	/**
	 * The cached value of the '{@link #getDeclarationTopics() <em>Declaration Topics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclarationTopics()
	 * @generated
	 * @ordered
	 */
	protected EList<DeclarationTopic> declarationTopics;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConventionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TreatyPackage.Literals.CONVENTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CONVENTION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortTitle() {
		return shortTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortTitle(String newShortTitle) {
		String oldShortTitle = shortTitle;
		shortTitle = newShortTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CONVENTION__SHORT_TITLE, oldShortTitle, shortTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNickname() {
		return nickname;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNickname(String newNickname) {
		String oldNickname = nickname;
		nickname = newNickname;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CONVENTION__NICKNAME, oldNickname, nickname));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getArticleCount() {
		return articleCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArticleCount(int newArticleCount) {
		int oldArticleCount = articleCount;
		articleCount = newArticleCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CONVENTION__ARTICLE_COUNT, oldArticleCount, articleCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getChapterCount() {
		return chapterCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChapterCount(int newChapterCount) {
		int oldChapterCount = chapterCount;
		chapterCount = newChapterCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.CONVENTION__CHAPTER_COUNT, oldChapterCount, chapterCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Chapter> getChapters() {
		if (chapters == null) {
			chapters = new EObjectContainmentEList<Chapter>(Chapter.class, this, TreatyPackage.CONVENTION__CHAPTERS);
		}
		return chapters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectContainmentEList<Channel>(Channel.class, this, TreatyPackage.CONVENTION__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RequestContentSet> getRequestContents() {
		if (requestContents == null) {
			requestContents = new EObjectContainmentEList<RequestContentSet>(RequestContentSet.class, this, TreatyPackage.CONVENTION__REQUEST_CONTENTS);
		}
		return requestContents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RefusalGround> getRefusalGrounds() {
		if (refusalGrounds == null) {
			refusalGrounds = new EObjectContainmentEList<RefusalGround>(RefusalGround.class, this, TreatyPackage.CONVENTION__REFUSAL_GROUNDS);
		}
		return refusalGrounds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BudapestCounterpart> getBudapestCounterparts() {
		if (budapestCounterparts == null) {
			budapestCounterparts = new EObjectContainmentEList<BudapestCounterpart>(BudapestCounterpart.class, this, TreatyPackage.CONVENTION__BUDAPEST_COUNTERPARTS);
		}
		return budapestCounterparts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Instrument> getInstruments() {
		if (instruments == null) {
			instruments = new EObjectContainmentEList<Instrument>(Instrument.class, this, TreatyPackage.CONVENTION__INSTRUMENTS);
		}
		return instruments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Fact> getFacts() {
		if (facts == null) {
			facts = new EObjectContainmentEList<Fact>(Fact.class, this, TreatyPackage.CONVENTION__FACTS);
		}
		return facts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeclarationTopic> getDeclarationTopics() {
		if (declarationTopics == null) {
			declarationTopics = new EObjectContainmentEList<DeclarationTopic>(DeclarationTopic.class, this, TreatyPackage.CONVENTION__DECLARATION_TOPICS);
		}
		return declarationTopics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TreatyPackage.CONVENTION__CHAPTERS:
				return ((InternalEList<?>)getChapters()).basicRemove(otherEnd, msgs);
			case TreatyPackage.CONVENTION__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
			case TreatyPackage.CONVENTION__REQUEST_CONTENTS:
				return ((InternalEList<?>)getRequestContents()).basicRemove(otherEnd, msgs);
			case TreatyPackage.CONVENTION__REFUSAL_GROUNDS:
				return ((InternalEList<?>)getRefusalGrounds()).basicRemove(otherEnd, msgs);
			case TreatyPackage.CONVENTION__BUDAPEST_COUNTERPARTS:
				return ((InternalEList<?>)getBudapestCounterparts()).basicRemove(otherEnd, msgs);
			case TreatyPackage.CONVENTION__INSTRUMENTS:
				return ((InternalEList<?>)getInstruments()).basicRemove(otherEnd, msgs);
			case TreatyPackage.CONVENTION__FACTS:
				return ((InternalEList<?>)getFacts()).basicRemove(otherEnd, msgs);
			case TreatyPackage.CONVENTION__DECLARATION_TOPICS:
				return ((InternalEList<?>)getDeclarationTopics()).basicRemove(otherEnd, msgs);
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
			case TreatyPackage.CONVENTION__TITLE:
				return getTitle();
			case TreatyPackage.CONVENTION__SHORT_TITLE:
				return getShortTitle();
			case TreatyPackage.CONVENTION__NICKNAME:
				return getNickname();
			case TreatyPackage.CONVENTION__ARTICLE_COUNT:
				return getArticleCount();
			case TreatyPackage.CONVENTION__CHAPTER_COUNT:
				return getChapterCount();
			case TreatyPackage.CONVENTION__CHAPTERS:
				return getChapters();
			case TreatyPackage.CONVENTION__CHANNELS:
				return getChannels();
			case TreatyPackage.CONVENTION__REQUEST_CONTENTS:
				return getRequestContents();
			case TreatyPackage.CONVENTION__REFUSAL_GROUNDS:
				return getRefusalGrounds();
			case TreatyPackage.CONVENTION__BUDAPEST_COUNTERPARTS:
				return getBudapestCounterparts();
			case TreatyPackage.CONVENTION__INSTRUMENTS:
				return getInstruments();
			case TreatyPackage.CONVENTION__FACTS:
				return getFacts();
			case TreatyPackage.CONVENTION__DECLARATION_TOPICS:
				return getDeclarationTopics();
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
			case TreatyPackage.CONVENTION__TITLE:
				setTitle((String)newValue);
				return;
			case TreatyPackage.CONVENTION__SHORT_TITLE:
				setShortTitle((String)newValue);
				return;
			case TreatyPackage.CONVENTION__NICKNAME:
				setNickname((String)newValue);
				return;
			case TreatyPackage.CONVENTION__ARTICLE_COUNT:
				setArticleCount((Integer)newValue);
				return;
			case TreatyPackage.CONVENTION__CHAPTER_COUNT:
				setChapterCount((Integer)newValue);
				return;
			case TreatyPackage.CONVENTION__CHAPTERS:
				getChapters().clear();
				getChapters().addAll((Collection<? extends Chapter>)newValue);
				return;
			case TreatyPackage.CONVENTION__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case TreatyPackage.CONVENTION__REQUEST_CONTENTS:
				getRequestContents().clear();
				getRequestContents().addAll((Collection<? extends RequestContentSet>)newValue);
				return;
			case TreatyPackage.CONVENTION__REFUSAL_GROUNDS:
				getRefusalGrounds().clear();
				getRefusalGrounds().addAll((Collection<? extends RefusalGround>)newValue);
				return;
			case TreatyPackage.CONVENTION__BUDAPEST_COUNTERPARTS:
				getBudapestCounterparts().clear();
				getBudapestCounterparts().addAll((Collection<? extends BudapestCounterpart>)newValue);
				return;
			case TreatyPackage.CONVENTION__INSTRUMENTS:
				getInstruments().clear();
				getInstruments().addAll((Collection<? extends Instrument>)newValue);
				return;
			case TreatyPackage.CONVENTION__FACTS:
				getFacts().clear();
				getFacts().addAll((Collection<? extends Fact>)newValue);
				return;
			case TreatyPackage.CONVENTION__DECLARATION_TOPICS:
				getDeclarationTopics().clear();
				getDeclarationTopics().addAll((Collection<? extends DeclarationTopic>)newValue);
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
			case TreatyPackage.CONVENTION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case TreatyPackage.CONVENTION__SHORT_TITLE:
				setShortTitle(SHORT_TITLE_EDEFAULT);
				return;
			case TreatyPackage.CONVENTION__NICKNAME:
				setNickname(NICKNAME_EDEFAULT);
				return;
			case TreatyPackage.CONVENTION__ARTICLE_COUNT:
				setArticleCount(ARTICLE_COUNT_EDEFAULT);
				return;
			case TreatyPackage.CONVENTION__CHAPTER_COUNT:
				setChapterCount(CHAPTER_COUNT_EDEFAULT);
				return;
			case TreatyPackage.CONVENTION__CHAPTERS:
				getChapters().clear();
				return;
			case TreatyPackage.CONVENTION__CHANNELS:
				getChannels().clear();
				return;
			case TreatyPackage.CONVENTION__REQUEST_CONTENTS:
				getRequestContents().clear();
				return;
			case TreatyPackage.CONVENTION__REFUSAL_GROUNDS:
				getRefusalGrounds().clear();
				return;
			case TreatyPackage.CONVENTION__BUDAPEST_COUNTERPARTS:
				getBudapestCounterparts().clear();
				return;
			case TreatyPackage.CONVENTION__INSTRUMENTS:
				getInstruments().clear();
				return;
			case TreatyPackage.CONVENTION__FACTS:
				getFacts().clear();
				return;
			case TreatyPackage.CONVENTION__DECLARATION_TOPICS:
				getDeclarationTopics().clear();
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
			case TreatyPackage.CONVENTION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case TreatyPackage.CONVENTION__SHORT_TITLE:
				return SHORT_TITLE_EDEFAULT == null ? shortTitle != null : !SHORT_TITLE_EDEFAULT.equals(shortTitle);
			case TreatyPackage.CONVENTION__NICKNAME:
				return NICKNAME_EDEFAULT == null ? nickname != null : !NICKNAME_EDEFAULT.equals(nickname);
			case TreatyPackage.CONVENTION__ARTICLE_COUNT:
				return articleCount != ARTICLE_COUNT_EDEFAULT;
			case TreatyPackage.CONVENTION__CHAPTER_COUNT:
				return chapterCount != CHAPTER_COUNT_EDEFAULT;
			case TreatyPackage.CONVENTION__CHAPTERS:
				return chapters != null && !chapters.isEmpty();
			case TreatyPackage.CONVENTION__CHANNELS:
				return channels != null && !channels.isEmpty();
			case TreatyPackage.CONVENTION__REQUEST_CONTENTS:
				return requestContents != null && !requestContents.isEmpty();
			case TreatyPackage.CONVENTION__REFUSAL_GROUNDS:
				return refusalGrounds != null && !refusalGrounds.isEmpty();
			case TreatyPackage.CONVENTION__BUDAPEST_COUNTERPARTS:
				return budapestCounterparts != null && !budapestCounterparts.isEmpty();
			case TreatyPackage.CONVENTION__INSTRUMENTS:
				return instruments != null && !instruments.isEmpty();
			case TreatyPackage.CONVENTION__FACTS:
				return facts != null && !facts.isEmpty();
			case TreatyPackage.CONVENTION__DECLARATION_TOPICS:
				return declarationTopics != null && !declarationTopics.isEmpty();
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
		result.append(" (title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", shortTitle: "); //$NON-NLS-1$
		result.append(shortTitle);
		result.append(", nickname: "); //$NON-NLS-1$
		result.append(nickname);
		result.append(", articleCount: "); //$NON-NLS-1$
		result.append(articleCount);
		result.append(", chapterCount: "); //$NON-NLS-1$
		result.append(chapterCount);
		result.append(')');
		return result.toString();
	}

} //ConventionImpl
