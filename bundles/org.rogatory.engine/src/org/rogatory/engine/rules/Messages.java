package org.rogatory.engine.rules;

import org.eclipse.osgi.util.NLS;

/** Explanations the rules give, in plain English for readers of English as a second language. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.engine.rules.messages"; //$NON-NLS-1$

    public static String DataProtection_onwardAuthorised;
    public static String DataProtection_onwardUnauthorised;
    public static String DataProtection_specialityAuthorised;
    public static String DataProtection_specialityUnauthorised;
    public static String Sovereignty_forbidden;
    public static String Sovereignty_met;
    public static String Sovereignty_noBasis;
    public static String Name_otherState;
    public static String Name_separator;
    public static String Name_phraseSeparator;
    public static String Penalty_notCrime;
    public static String Penalty_months;
    public static String Penalty_life;
    public static String Penalty_fine;
    public static String TreatyBasis_notParty;
    public static String TreatyBasis_noExtraditionBasis;
    public static String TreatyBasis_met;
    public static String Scope_conventionOffence;
    public static String Scope_seriousCrime;
    public static String Scope_seriousCrimeNotEnough;
    public static String Scope_neither;
    public static String Standing_conventionOffence;
    public static String Standing_seriousCrime;
    public static String DualCriminality_notRequired;
    public static String DualCriminality_reservationNotConcerned;
    public static String DualCriminality_reservationMet;
    public static String DualCriminality_reservationMayRefuse;
    public static String DualCriminality_conductIsCrime;
    public static String DualCriminality_mayDecline;
    public static String DualCriminality_extraditable;
    public static String DualCriminality_extraditionNotCrime;
    public static String DualCriminality_belowThreshold;
    public static String Channel_proper;
    public static String Channel_requiredUsed;
    public static String Channel_diplomaticRequired;
    public static String Channel_diplomaticNotNeeded;
    public static String Channel_interpolNotAgreed;
    public static String Channel_notUrgent;
    public static String Channel_noBasis;
    public static String Channel_notForMeasure;
    public static String Channel_slower;
    public static String Channel_formal;
    public static String Contents_complete;
    public static String Contents_missing;
    public static String Contents_andMore;
    public static String Refusal_noReasons;
    public static String Refusal_allowed;
    public static String Refusal_postponeAllowed;
    public static String Refusal_conditionsAllowed;
    public static String Refusal_postponeOnly;
    public static String Refusal_closedList;
    public static String Refusal_noReservation;
    public static String Refusal_notAllowed;
    public static String Refusal_notAllowedReframe;
    public static String Refusal_dualCriminalityMet;
    public static String Refusal_reservationConventionOffence;
    public static String Refusal_moreProblems;
    public static String Extradition_nationalsExtradited;
    public static String Extradition_notANationalThere;
    public static String Extradition_nationalWillBeRefused;
    public static String Extradition_refusedNonNational;
    public static String Extradition_refusedNational;
    public static String Extradition_prosecutedAtHome;
    public static String Safeguards_proportionate;
    public static String Safeguards_disproportionate;
    public static String Safeguards_emergency;
    public static String Safeguards_noEmergency;
    public static String Timeliness_preservedInTime;
    public static String Timeliness_requestInTime;
    public static String Timeliness_tooSlow;
    public static String Timeliness_waitLoses;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
