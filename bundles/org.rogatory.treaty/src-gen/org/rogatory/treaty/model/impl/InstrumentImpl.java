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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.rogatory.treaty.model.Article;
import org.rogatory.treaty.model.BudapestCounterpart;
import org.rogatory.treaty.model.ChannelUse;
import org.rogatory.treaty.model.DualCriminalityRule;
import org.rogatory.treaty.model.Fact;
import org.rogatory.treaty.model.Instrument;
import org.rogatory.treaty.model.InstrumentKind;
import org.rogatory.treaty.model.InstrumentLevel;
import org.rogatory.treaty.model.Provision;
import org.rogatory.treaty.model.RefusalGround;
import org.rogatory.treaty.model.RequestContentSet;
import org.rogatory.treaty.model.ScopeRule;
import org.rogatory.treaty.model.TreatyPackage;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instrument</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getGoverningArticles <em>Governing Articles</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getGoverningProvisions <em>Governing Provisions</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getScopeStatus <em>Scope Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getDualCriminality <em>Dual Criminality</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getDualCriminalityStatus <em>Dual Criminality Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getChannelUses <em>Channel Uses</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getRequestContents <em>Request Contents</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getRefusalGrounds <em>Refusal Grounds</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#isRefusalListClosed <em>Refusal List Closed</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getBudapestCounterpart <em>Budapest Counterpart</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getScopeProvision <em>Scope Provision</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getDualCriminalityProvision <em>Dual Criminality Provision</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getFacts <em>Facts</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rogatory.treaty.model.impl.InstrumentImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstrumentImpl extends EObjectImpl implements Instrument {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final InstrumentKind KIND_EDEFAULT = InstrumentKind.LEGAL_MEASURE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected InstrumentKind kind = KIND_EDEFAULT;

	/**
	 * This is true if the Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean kindESet;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final InstrumentLevel LEVEL_EDEFAULT = InstrumentLevel.DOMESTIC;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected InstrumentLevel level = LEVEL_EDEFAULT;

	/**
	 * This is true if the Level attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean levelESet;

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
	 * The cached value of the '{@link #getGoverningArticles() <em>Governing Articles</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoverningArticles()
	 * @generated
	 * @ordered
	 */
	protected EList<Article> governingArticles;

	/**
	 * The cached value of the '{@link #getGoverningProvisions() <em>Governing Provisions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoverningProvisions()
	 * @generated
	 * @ordered
	 */
	protected EList<Provision> governingProvisions;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final ScopeRule SCOPE_EDEFAULT = ScopeRule.CONVENTION_OFFENCE;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected ScopeRule scope = SCOPE_EDEFAULT;

	/**
	 * This is true if the Scope attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean scopeESet;

	/**
	 * The default value of the '{@link #getScopeStatus() <em>Scope Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeStatus()
	 * @generated
	 * @ordered
	 */
	protected static final VerificationStatus SCOPE_STATUS_EDEFAULT = VerificationStatus.UNVERIFIED;

	/**
	 * The cached value of the '{@link #getScopeStatus() <em>Scope Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeStatus()
	 * @generated
	 * @ordered
	 */
	protected VerificationStatus scopeStatus = SCOPE_STATUS_EDEFAULT;

	/**
	 * This is true if the Scope Status attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean scopeStatusESet;

	/**
	 * The default value of the '{@link #getDualCriminality() <em>Dual Criminality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDualCriminality()
	 * @generated
	 * @ordered
	 */
	protected static final DualCriminalityRule DUAL_CRIMINALITY_EDEFAULT = DualCriminalityRule.REQUIRED;

	/**
	 * The cached value of the '{@link #getDualCriminality() <em>Dual Criminality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDualCriminality()
	 * @generated
	 * @ordered
	 */
	protected DualCriminalityRule dualCriminality = DUAL_CRIMINALITY_EDEFAULT;

	/**
	 * This is true if the Dual Criminality attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean dualCriminalityESet;

	/**
	 * The default value of the '{@link #getDualCriminalityStatus() <em>Dual Criminality Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDualCriminalityStatus()
	 * @generated
	 * @ordered
	 */
	protected static final VerificationStatus DUAL_CRIMINALITY_STATUS_EDEFAULT = VerificationStatus.UNVERIFIED;

	/**
	 * The cached value of the '{@link #getDualCriminalityStatus() <em>Dual Criminality Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDualCriminalityStatus()
	 * @generated
	 * @ordered
	 */
	protected VerificationStatus dualCriminalityStatus = DUAL_CRIMINALITY_STATUS_EDEFAULT;

	/**
	 * This is true if the Dual Criminality Status attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean dualCriminalityStatusESet;

	/**
	 * The cached value of the '{@link #getChannelUses() <em>Channel Uses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannelUses()
	 * @generated
	 * @ordered
	 */
	protected EList<ChannelUse> channelUses;

	/**
	 * The cached value of the '{@link #getRequestContents() <em>Request Contents</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestContents()
	 * @generated
	 * @ordered
	 */
	protected RequestContentSet requestContents;

	/**
	 * The cached value of the '{@link #getRefusalGrounds() <em>Refusal Grounds</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefusalGrounds()
	 * @generated
	 * @ordered
	 */
	protected EList<RefusalGround> refusalGrounds;

	/**
	 * The default value of the '{@link #isRefusalListClosed() <em>Refusal List Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRefusalListClosed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REFUSAL_LIST_CLOSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRefusalListClosed() <em>Refusal List Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRefusalListClosed()
	 * @generated
	 * @ordered
	 */
	protected boolean refusalListClosed = REFUSAL_LIST_CLOSED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBudapestCounterpart() <em>Budapest Counterpart</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudapestCounterpart()
	 * @generated
	 * @ordered
	 */
	protected BudapestCounterpart budapestCounterpart;

	/**
	 * The cached value of the '{@link #getScopeProvision() <em>Scope Provision</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeProvision()
	 * @generated
	 * @ordered
	 */
	protected Provision scopeProvision;

	/**
	 * The cached value of the '{@link #getDualCriminalityProvision() <em>Dual Criminality Provision</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDualCriminalityProvision()
	 * @generated
	 * @ordered
	 */
	protected Provision dualCriminalityProvision;

	/**
	 * The cached value of the '{@link #getFacts() <em>Facts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Fact> facts;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstrumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TreatyPackage.Literals.INSTRUMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.INSTRUMENT__KEY, oldKey, key));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.INSTRUMENT__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(InstrumentKind newKind) {
		InstrumentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		boolean oldKindESet = kindESet;
		kindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.INSTRUMENT__KIND, oldKind, kind, !oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetKind() {
		InstrumentKind oldKind = kind;
		boolean oldKindESet = kindESet;
		kind = KIND_EDEFAULT;
		kindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.INSTRUMENT__KIND, oldKind, KIND_EDEFAULT, oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetKind() {
		return kindESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(InstrumentLevel newLevel) {
		InstrumentLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		boolean oldLevelESet = levelESet;
		levelESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.INSTRUMENT__LEVEL, oldLevel, level, !oldLevelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLevel() {
		InstrumentLevel oldLevel = level;
		boolean oldLevelESet = levelESet;
		level = LEVEL_EDEFAULT;
		levelESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.INSTRUMENT__LEVEL, oldLevel, LEVEL_EDEFAULT, oldLevelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLevel() {
		return levelESet;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.INSTRUMENT__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Article> getGoverningArticles() {
		if (governingArticles == null) {
			governingArticles = new EObjectResolvingEList<Article>(Article.class, this, TreatyPackage.INSTRUMENT__GOVERNING_ARTICLES);
		}
		return governingArticles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Provision> getGoverningProvisions() {
		if (governingProvisions == null) {
			governingProvisions = new EObjectResolvingEList<Provision>(Provision.class, this, TreatyPackage.INSTRUMENT__GOVERNING_PROVISIONS);
		}
		return governingProvisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScopeRule getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(ScopeRule newScope) {
		ScopeRule oldScope = scope;
		scope = newScope == null ? SCOPE_EDEFAULT : newScope;
		boolean oldScopeESet = scopeESet;
		scopeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.INSTRUMENT__SCOPE, oldScope, scope, !oldScopeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetScope() {
		ScopeRule oldScope = scope;
		boolean oldScopeESet = scopeESet;
		scope = SCOPE_EDEFAULT;
		scopeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.INSTRUMENT__SCOPE, oldScope, SCOPE_EDEFAULT, oldScopeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetScope() {
		return scopeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VerificationStatus getScopeStatus() {
		return scopeStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScopeStatus(VerificationStatus newScopeStatus) {
		VerificationStatus oldScopeStatus = scopeStatus;
		scopeStatus = newScopeStatus == null ? SCOPE_STATUS_EDEFAULT : newScopeStatus;
		boolean oldScopeStatusESet = scopeStatusESet;
		scopeStatusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.INSTRUMENT__SCOPE_STATUS, oldScopeStatus, scopeStatus, !oldScopeStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetScopeStatus() {
		VerificationStatus oldScopeStatus = scopeStatus;
		boolean oldScopeStatusESet = scopeStatusESet;
		scopeStatus = SCOPE_STATUS_EDEFAULT;
		scopeStatusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.INSTRUMENT__SCOPE_STATUS, oldScopeStatus, SCOPE_STATUS_EDEFAULT, oldScopeStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetScopeStatus() {
		return scopeStatusESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DualCriminalityRule getDualCriminality() {
		return dualCriminality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDualCriminality(DualCriminalityRule newDualCriminality) {
		DualCriminalityRule oldDualCriminality = dualCriminality;
		dualCriminality = newDualCriminality == null ? DUAL_CRIMINALITY_EDEFAULT : newDualCriminality;
		boolean oldDualCriminalityESet = dualCriminalityESet;
		dualCriminalityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.INSTRUMENT__DUAL_CRIMINALITY, oldDualCriminality, dualCriminality, !oldDualCriminalityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDualCriminality() {
		DualCriminalityRule oldDualCriminality = dualCriminality;
		boolean oldDualCriminalityESet = dualCriminalityESet;
		dualCriminality = DUAL_CRIMINALITY_EDEFAULT;
		dualCriminalityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.INSTRUMENT__DUAL_CRIMINALITY, oldDualCriminality, DUAL_CRIMINALITY_EDEFAULT, oldDualCriminalityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDualCriminality() {
		return dualCriminalityESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VerificationStatus getDualCriminalityStatus() {
		return dualCriminalityStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDualCriminalityStatus(VerificationStatus newDualCriminalityStatus) {
		VerificationStatus oldDualCriminalityStatus = dualCriminalityStatus;
		dualCriminalityStatus = newDualCriminalityStatus == null ? DUAL_CRIMINALITY_STATUS_EDEFAULT : newDualCriminalityStatus;
		boolean oldDualCriminalityStatusESet = dualCriminalityStatusESet;
		dualCriminalityStatusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.INSTRUMENT__DUAL_CRIMINALITY_STATUS, oldDualCriminalityStatus, dualCriminalityStatus, !oldDualCriminalityStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDualCriminalityStatus() {
		VerificationStatus oldDualCriminalityStatus = dualCriminalityStatus;
		boolean oldDualCriminalityStatusESet = dualCriminalityStatusESet;
		dualCriminalityStatus = DUAL_CRIMINALITY_STATUS_EDEFAULT;
		dualCriminalityStatusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.INSTRUMENT__DUAL_CRIMINALITY_STATUS, oldDualCriminalityStatus, DUAL_CRIMINALITY_STATUS_EDEFAULT, oldDualCriminalityStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDualCriminalityStatus() {
		return dualCriminalityStatusESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChannelUse> getChannelUses() {
		if (channelUses == null) {
			channelUses = new EObjectContainmentEList<ChannelUse>(ChannelUse.class, this, TreatyPackage.INSTRUMENT__CHANNEL_USES);
		}
		return channelUses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RequestContentSet getRequestContents() {
		if (requestContents != null && requestContents.eIsProxy()) {
			InternalEObject oldRequestContents = (InternalEObject)requestContents;
			requestContents = (RequestContentSet)eResolveProxy(oldRequestContents);
			if (requestContents != oldRequestContents) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TreatyPackage.INSTRUMENT__REQUEST_CONTENTS, oldRequestContents, requestContents));
			}
		}
		return requestContents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RequestContentSet basicGetRequestContents() {
		return requestContents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestContents(RequestContentSet newRequestContents) {
		RequestContentSet oldRequestContents = requestContents;
		requestContents = newRequestContents;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.INSTRUMENT__REQUEST_CONTENTS, oldRequestContents, requestContents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RefusalGround> getRefusalGrounds() {
		if (refusalGrounds == null) {
			refusalGrounds = new EObjectResolvingEList<RefusalGround>(RefusalGround.class, this, TreatyPackage.INSTRUMENT__REFUSAL_GROUNDS);
		}
		return refusalGrounds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRefusalListClosed() {
		return refusalListClosed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRefusalListClosed(boolean newRefusalListClosed) {
		boolean oldRefusalListClosed = refusalListClosed;
		refusalListClosed = newRefusalListClosed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.INSTRUMENT__REFUSAL_LIST_CLOSED, oldRefusalListClosed, refusalListClosed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudapestCounterpart getBudapestCounterpart() {
		if (budapestCounterpart != null && budapestCounterpart.eIsProxy()) {
			InternalEObject oldBudapestCounterpart = (InternalEObject)budapestCounterpart;
			budapestCounterpart = (BudapestCounterpart)eResolveProxy(oldBudapestCounterpart);
			if (budapestCounterpart != oldBudapestCounterpart) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TreatyPackage.INSTRUMENT__BUDAPEST_COUNTERPART, oldBudapestCounterpart, budapestCounterpart));
			}
		}
		return budapestCounterpart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BudapestCounterpart basicGetBudapestCounterpart() {
		return budapestCounterpart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudapestCounterpart(BudapestCounterpart newBudapestCounterpart) {
		BudapestCounterpart oldBudapestCounterpart = budapestCounterpart;
		budapestCounterpart = newBudapestCounterpart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.INSTRUMENT__BUDAPEST_COUNTERPART, oldBudapestCounterpart, budapestCounterpart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provision getScopeProvision() {
		if (scopeProvision != null && scopeProvision.eIsProxy()) {
			InternalEObject oldScopeProvision = (InternalEObject)scopeProvision;
			scopeProvision = (Provision)eResolveProxy(oldScopeProvision);
			if (scopeProvision != oldScopeProvision) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TreatyPackage.INSTRUMENT__SCOPE_PROVISION, oldScopeProvision, scopeProvision));
			}
		}
		return scopeProvision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Provision basicGetScopeProvision() {
		return scopeProvision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScopeProvision(Provision newScopeProvision) {
		Provision oldScopeProvision = scopeProvision;
		scopeProvision = newScopeProvision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.INSTRUMENT__SCOPE_PROVISION, oldScopeProvision, scopeProvision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provision getDualCriminalityProvision() {
		if (dualCriminalityProvision != null && dualCriminalityProvision.eIsProxy()) {
			InternalEObject oldDualCriminalityProvision = (InternalEObject)dualCriminalityProvision;
			dualCriminalityProvision = (Provision)eResolveProxy(oldDualCriminalityProvision);
			if (dualCriminalityProvision != oldDualCriminalityProvision) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TreatyPackage.INSTRUMENT__DUAL_CRIMINALITY_PROVISION, oldDualCriminalityProvision, dualCriminalityProvision));
			}
		}
		return dualCriminalityProvision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Provision basicGetDualCriminalityProvision() {
		return dualCriminalityProvision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDualCriminalityProvision(Provision newDualCriminalityProvision) {
		Provision oldDualCriminalityProvision = dualCriminalityProvision;
		dualCriminalityProvision = newDualCriminalityProvision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.INSTRUMENT__DUAL_CRIMINALITY_PROVISION, oldDualCriminalityProvision, dualCriminalityProvision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Fact> getFacts() {
		if (facts == null) {
			facts = new EObjectResolvingEList<Fact>(Fact.class, this, TreatyPackage.INSTRUMENT__FACTS);
		}
		return facts;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.INSTRUMENT__STATUS, oldStatus, status, !oldStatusESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, TreatyPackage.INSTRUMENT__STATUS, oldStatus, STATUS_EDEFAULT, oldStatusESet));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TreatyPackage.INSTRUMENT__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TreatyPackage.INSTRUMENT__CHANNEL_USES:
				return ((InternalEList<?>)getChannelUses()).basicRemove(otherEnd, msgs);
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
			case TreatyPackage.INSTRUMENT__KEY:
				return getKey();
			case TreatyPackage.INSTRUMENT__LABEL:
				return getLabel();
			case TreatyPackage.INSTRUMENT__KIND:
				return getKind();
			case TreatyPackage.INSTRUMENT__LEVEL:
				return getLevel();
			case TreatyPackage.INSTRUMENT__SUMMARY:
				return getSummary();
			case TreatyPackage.INSTRUMENT__GOVERNING_ARTICLES:
				return getGoverningArticles();
			case TreatyPackage.INSTRUMENT__GOVERNING_PROVISIONS:
				return getGoverningProvisions();
			case TreatyPackage.INSTRUMENT__SCOPE:
				return getScope();
			case TreatyPackage.INSTRUMENT__SCOPE_STATUS:
				return getScopeStatus();
			case TreatyPackage.INSTRUMENT__DUAL_CRIMINALITY:
				return getDualCriminality();
			case TreatyPackage.INSTRUMENT__DUAL_CRIMINALITY_STATUS:
				return getDualCriminalityStatus();
			case TreatyPackage.INSTRUMENT__CHANNEL_USES:
				return getChannelUses();
			case TreatyPackage.INSTRUMENT__REQUEST_CONTENTS:
				if (resolve) return getRequestContents();
				return basicGetRequestContents();
			case TreatyPackage.INSTRUMENT__REFUSAL_GROUNDS:
				return getRefusalGrounds();
			case TreatyPackage.INSTRUMENT__REFUSAL_LIST_CLOSED:
				return isRefusalListClosed();
			case TreatyPackage.INSTRUMENT__BUDAPEST_COUNTERPART:
				if (resolve) return getBudapestCounterpart();
				return basicGetBudapestCounterpart();
			case TreatyPackage.INSTRUMENT__SCOPE_PROVISION:
				if (resolve) return getScopeProvision();
				return basicGetScopeProvision();
			case TreatyPackage.INSTRUMENT__DUAL_CRIMINALITY_PROVISION:
				if (resolve) return getDualCriminalityProvision();
				return basicGetDualCriminalityProvision();
			case TreatyPackage.INSTRUMENT__FACTS:
				return getFacts();
			case TreatyPackage.INSTRUMENT__STATUS:
				return getStatus();
			case TreatyPackage.INSTRUMENT__NOTE:
				return getNote();
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
			case TreatyPackage.INSTRUMENT__KEY:
				setKey((String)newValue);
				return;
			case TreatyPackage.INSTRUMENT__LABEL:
				setLabel((String)newValue);
				return;
			case TreatyPackage.INSTRUMENT__KIND:
				setKind((InstrumentKind)newValue);
				return;
			case TreatyPackage.INSTRUMENT__LEVEL:
				setLevel((InstrumentLevel)newValue);
				return;
			case TreatyPackage.INSTRUMENT__SUMMARY:
				setSummary((String)newValue);
				return;
			case TreatyPackage.INSTRUMENT__GOVERNING_ARTICLES:
				getGoverningArticles().clear();
				getGoverningArticles().addAll((Collection<? extends Article>)newValue);
				return;
			case TreatyPackage.INSTRUMENT__GOVERNING_PROVISIONS:
				getGoverningProvisions().clear();
				getGoverningProvisions().addAll((Collection<? extends Provision>)newValue);
				return;
			case TreatyPackage.INSTRUMENT__SCOPE:
				setScope((ScopeRule)newValue);
				return;
			case TreatyPackage.INSTRUMENT__SCOPE_STATUS:
				setScopeStatus((VerificationStatus)newValue);
				return;
			case TreatyPackage.INSTRUMENT__DUAL_CRIMINALITY:
				setDualCriminality((DualCriminalityRule)newValue);
				return;
			case TreatyPackage.INSTRUMENT__DUAL_CRIMINALITY_STATUS:
				setDualCriminalityStatus((VerificationStatus)newValue);
				return;
			case TreatyPackage.INSTRUMENT__CHANNEL_USES:
				getChannelUses().clear();
				getChannelUses().addAll((Collection<? extends ChannelUse>)newValue);
				return;
			case TreatyPackage.INSTRUMENT__REQUEST_CONTENTS:
				setRequestContents((RequestContentSet)newValue);
				return;
			case TreatyPackage.INSTRUMENT__REFUSAL_GROUNDS:
				getRefusalGrounds().clear();
				getRefusalGrounds().addAll((Collection<? extends RefusalGround>)newValue);
				return;
			case TreatyPackage.INSTRUMENT__REFUSAL_LIST_CLOSED:
				setRefusalListClosed((Boolean)newValue);
				return;
			case TreatyPackage.INSTRUMENT__BUDAPEST_COUNTERPART:
				setBudapestCounterpart((BudapestCounterpart)newValue);
				return;
			case TreatyPackage.INSTRUMENT__SCOPE_PROVISION:
				setScopeProvision((Provision)newValue);
				return;
			case TreatyPackage.INSTRUMENT__DUAL_CRIMINALITY_PROVISION:
				setDualCriminalityProvision((Provision)newValue);
				return;
			case TreatyPackage.INSTRUMENT__FACTS:
				getFacts().clear();
				getFacts().addAll((Collection<? extends Fact>)newValue);
				return;
			case TreatyPackage.INSTRUMENT__STATUS:
				setStatus((VerificationStatus)newValue);
				return;
			case TreatyPackage.INSTRUMENT__NOTE:
				setNote((String)newValue);
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
			case TreatyPackage.INSTRUMENT__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case TreatyPackage.INSTRUMENT__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case TreatyPackage.INSTRUMENT__KIND:
				unsetKind();
				return;
			case TreatyPackage.INSTRUMENT__LEVEL:
				unsetLevel();
				return;
			case TreatyPackage.INSTRUMENT__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case TreatyPackage.INSTRUMENT__GOVERNING_ARTICLES:
				getGoverningArticles().clear();
				return;
			case TreatyPackage.INSTRUMENT__GOVERNING_PROVISIONS:
				getGoverningProvisions().clear();
				return;
			case TreatyPackage.INSTRUMENT__SCOPE:
				unsetScope();
				return;
			case TreatyPackage.INSTRUMENT__SCOPE_STATUS:
				unsetScopeStatus();
				return;
			case TreatyPackage.INSTRUMENT__DUAL_CRIMINALITY:
				unsetDualCriminality();
				return;
			case TreatyPackage.INSTRUMENT__DUAL_CRIMINALITY_STATUS:
				unsetDualCriminalityStatus();
				return;
			case TreatyPackage.INSTRUMENT__CHANNEL_USES:
				getChannelUses().clear();
				return;
			case TreatyPackage.INSTRUMENT__REQUEST_CONTENTS:
				setRequestContents((RequestContentSet)null);
				return;
			case TreatyPackage.INSTRUMENT__REFUSAL_GROUNDS:
				getRefusalGrounds().clear();
				return;
			case TreatyPackage.INSTRUMENT__REFUSAL_LIST_CLOSED:
				setRefusalListClosed(REFUSAL_LIST_CLOSED_EDEFAULT);
				return;
			case TreatyPackage.INSTRUMENT__BUDAPEST_COUNTERPART:
				setBudapestCounterpart((BudapestCounterpart)null);
				return;
			case TreatyPackage.INSTRUMENT__SCOPE_PROVISION:
				setScopeProvision((Provision)null);
				return;
			case TreatyPackage.INSTRUMENT__DUAL_CRIMINALITY_PROVISION:
				setDualCriminalityProvision((Provision)null);
				return;
			case TreatyPackage.INSTRUMENT__FACTS:
				getFacts().clear();
				return;
			case TreatyPackage.INSTRUMENT__STATUS:
				unsetStatus();
				return;
			case TreatyPackage.INSTRUMENT__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case TreatyPackage.INSTRUMENT__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case TreatyPackage.INSTRUMENT__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case TreatyPackage.INSTRUMENT__KIND:
				return isSetKind();
			case TreatyPackage.INSTRUMENT__LEVEL:
				return isSetLevel();
			case TreatyPackage.INSTRUMENT__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case TreatyPackage.INSTRUMENT__GOVERNING_ARTICLES:
				return governingArticles != null && !governingArticles.isEmpty();
			case TreatyPackage.INSTRUMENT__GOVERNING_PROVISIONS:
				return governingProvisions != null && !governingProvisions.isEmpty();
			case TreatyPackage.INSTRUMENT__SCOPE:
				return isSetScope();
			case TreatyPackage.INSTRUMENT__SCOPE_STATUS:
				return isSetScopeStatus();
			case TreatyPackage.INSTRUMENT__DUAL_CRIMINALITY:
				return isSetDualCriminality();
			case TreatyPackage.INSTRUMENT__DUAL_CRIMINALITY_STATUS:
				return isSetDualCriminalityStatus();
			case TreatyPackage.INSTRUMENT__CHANNEL_USES:
				return channelUses != null && !channelUses.isEmpty();
			case TreatyPackage.INSTRUMENT__REQUEST_CONTENTS:
				return requestContents != null;
			case TreatyPackage.INSTRUMENT__REFUSAL_GROUNDS:
				return refusalGrounds != null && !refusalGrounds.isEmpty();
			case TreatyPackage.INSTRUMENT__REFUSAL_LIST_CLOSED:
				return refusalListClosed != REFUSAL_LIST_CLOSED_EDEFAULT;
			case TreatyPackage.INSTRUMENT__BUDAPEST_COUNTERPART:
				return budapestCounterpart != null;
			case TreatyPackage.INSTRUMENT__SCOPE_PROVISION:
				return scopeProvision != null;
			case TreatyPackage.INSTRUMENT__DUAL_CRIMINALITY_PROVISION:
				return dualCriminalityProvision != null;
			case TreatyPackage.INSTRUMENT__FACTS:
				return facts != null && !facts.isEmpty();
			case TreatyPackage.INSTRUMENT__STATUS:
				return isSetStatus();
			case TreatyPackage.INSTRUMENT__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(", kind: "); //$NON-NLS-1$
		if (kindESet) result.append(kind); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", level: "); //$NON-NLS-1$
		if (levelESet) result.append(level); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", summary: "); //$NON-NLS-1$
		result.append(summary);
		result.append(", scope: "); //$NON-NLS-1$
		if (scopeESet) result.append(scope); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", scopeStatus: "); //$NON-NLS-1$
		if (scopeStatusESet) result.append(scopeStatus); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", dualCriminality: "); //$NON-NLS-1$
		if (dualCriminalityESet) result.append(dualCriminality); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", dualCriminalityStatus: "); //$NON-NLS-1$
		if (dualCriminalityStatusESet) result.append(dualCriminalityStatus); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", refusalListClosed: "); //$NON-NLS-1$
		result.append(refusalListClosed);
		result.append(", status: "); //$NON-NLS-1$
		if (statusESet) result.append(status); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", note: "); //$NON-NLS-1$
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //InstrumentImpl
