package org.rogatory.treaty.internal.rules;

import org.eclipse.osgi.util.NLS;

/**
 * The plain-English statements of the rules between two States that depend on the States themselves. Statements
 * that do not (facts, grounds, request elements) come from the data.
 */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.treaty.internal.rules.messages"; //$NON-NLS-1$

    public static String State_requesting;
    public static String State_requested;
    public static String Status_party;
    public static String Status_signatory;
    public static String Status_nonSignatory;
    public static String TreatyBasis_applies;
    public static String TreatyBasis_oneMissing;
    public static String TreatyBasis_bothMissing;
    public static String Scope_conventionOffence;
    public static String Scope_conventionOffenceOrSeriousCrime;
    public static String Scope_anyCriminalOffence;
    public static String Scope_domesticSeriousOffences;
    public static String Scope_notStated;
    public static String DualCriminality_required;
    public static String DualCriminality_mayDecline;
    public static String DualCriminality_notRequired;
    public static String DualCriminality_noReservation;
    public static String DualCriminality_reserved;
    public static String DualCriminality_notStated;
    public static String Channel_proper;
    public static String Channel_allowed;
    public static String Channel_conditional;
    public static String Channel_noTreatyBasis;
    public static String Channel_diplomaticRequired;
    public static String Channel_diplomaticNotRequired;
    public static String Channel_centralAuthorityNotEnough;
    public static String Channel_interpolAgreed;
    public static String Channel_interpolNotAgreedOne;
    public static String Channel_interpolNotAgreedBoth;
    public static String Language_accepted;
    public static String Language_notDeclared;
    public static String Language_separator;
    public static String Content_required;
    public static String Content_optional;
    public static String Statement_withCondition;
    public static String Refusal_noReservation;
    public static String Refusal_withReservation;
    public static String Refusal_closedList;
    public static String Nationals_extradites;
    public static String Nationals_doesNotExtradite;
    public static String LegalBasis_yes;
    public static String LegalBasis_no;
    public static String LegalBasis_notDeclared;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
