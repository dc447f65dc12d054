package org.rogatory.model.internal.validation;

import org.eclipse.osgi.util.NLS;

/** Text of the constraint diagnostics, translated through {@code messages.properties}. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.model.internal.validation.messages"; //$NON-NLS-1$

    public static String Cast_missingHint;
    public static String Cast_ownerMissing;
    public static String Cast_stateMissing;
    public static String Citation_malformed;
    public static String Citation_malformedHint;
    public static String Constraint_withFix;
    public static String Designation_central;
    public static String Designation_extradition;
    public static String Designation_noState;
    public static String Designation_notOwned;
    public static String Designation_notOwnedHint;
    public static String Designation_pointOfContact;
    public static String Reachable_never;
    public static String Reachable_neverHint;
    public static String ReferencePath_foreign;
    public static String ReferencePath_foreignHint;
    public static String ReferencePath_notOpen;
    public static String ReferencePath_notOpenHint;
    public static String ReferencePath_repeated;
    public static String ReferencePath_repeatedHint;
    public static String Retention_duplicate;
    public static String Retention_duplicateHint;
    public static String ScenarioIds_duplicate;
    public static String ScenarioIds_duplicateHint;
    public static String ScenarioIds_packId;
    public static String ScenarioIds_packIdHint;
    public static String SourceLanguage_notListed;
    public static String SourceLanguage_notListedHint;
    public static String Start_foreign;
    public static String Start_missing;
    public static String Start_missingHint;
    public static String TimeBudget_notPositive;
    public static String TimeBudget_notPositiveHint;
    public static String Trigger_missing;
    public static String Trigger_missingHint;
    public static String UniqueIds_duplicate;
    public static String UniqueIds_duplicateHint;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
