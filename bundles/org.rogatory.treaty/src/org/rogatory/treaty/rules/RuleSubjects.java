package org.rogatory.treaty.rules;

/**
 * The subjects of rules that are not named by a knowledge base key (those use the channel, element, ground or fact
 * key). The evaluator finds a rule with {@link RuleSet#find(RuleKind, String)} and one of these.
 */
public final class RuleSubjects {

    /** Subject of the {@link RuleKind#TREATY_BASIS} rule. */
    public static final String CONVENTION = "convention"; //$NON-NLS-1$
    /** Subject of the requesting State's {@link RuleKind#CONVENTION_STATUS} rule. */
    public static final String REQUESTING = "requesting"; //$NON-NLS-1$
    /** Subject of the requested State's {@link RuleKind#CONVENTION_STATUS} rule. */
    public static final String REQUESTED = "requested"; //$NON-NLS-1$
    /** Subject of the {@link RuleKind#SCOPE} rule. */
    public static final String SCOPE = "scope"; //$NON-NLS-1$
    /** Subject of the {@link RuleKind#DUAL_CRIMINALITY} rule. */
    public static final String DUAL_CRIMINALITY = "dual-criminality"; //$NON-NLS-1$
    /** Subject of the {@link RuleKind#LANGUAGE} rule. */
    public static final String LANGUAGES = "accepted-languages"; //$NON-NLS-1$
    /** Subject of the {@link RuleKind#REFUSAL_GROUND} rule that closes the list of grounds. */
    public static final String OTHER_GROUNDS = "other-grounds"; //$NON-NLS-1$
    /** Subject of the {@link RuleKind#EXTRADITION_OF_NATIONALS} rule. */
    public static final String NATIONALS = "nationals"; //$NON-NLS-1$
    /** Subject of the {@link RuleKind#EXTRADITION_LEGAL_BASIS} rule. */
    public static final String LEGAL_BASIS = "extradition-legal-basis"; //$NON-NLS-1$
    /** Subject of the {@link RuleKind#PROHIBITION} rule. */
    public static final String PROHIBITION = "prohibition"; //$NON-NLS-1$

    private RuleSubjects() {
    }
}
