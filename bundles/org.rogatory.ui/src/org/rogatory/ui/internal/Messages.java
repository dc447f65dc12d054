package org.rogatory.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Text the trainee workbench shows, translated through {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.ui.internal.messages"; //$NON-NLS-1$

    public static String Briefing_accessibleName;
    public static String Briefing_facts;
    public static String Briefing_objective;
    public static String Briefing_objectives;
    public static String Briefing_role;
    public static String CaseLibrary_accessibleName;
    public static String CaseLibrary_checking;
    public static String CaseLibrary_columnCase;
    public static String CaseLibrary_columnDifficulty;
    public static String CaseLibrary_columnDuration;
    public static String CaseLibrary_columnProgress;
    public static String CaseLibrary_completed;
    public static String CaseLibrary_empty;
    public static String CaseLibrary_loading;
    public static String CaseLibrary_minutes;
    public static String CaseLibrary_open;
    public static String CaseLibrary_reload;
    public static String CaseLibrary_restart;
    public static String CaseLibrary_restartQuestion;
    public static String CaseLibrary_restartTitle;
    public static String CaseLibrary_someBroken;
    public static String CaseLibrary_summary;
    public static String Composer_accessibleActions;
    public static String Composer_accessibleDetails;
    public static String Composer_accessibleElements;
    public static String Composer_addressee;
    public static String Composer_clockNotSaved;
    public static String Composer_columnAction;
    public static String Composer_columnBasis;
    public static String Composer_columnChannel;
    public static String Composer_columnInstrument;
    public static String Composer_columnTarget;
    public static String Composer_decided;
    public static String Composer_elements;
    public static String Composer_ended;
    public static String Composer_missing;
    public static String Composer_notNowTitle;
    public static String Composer_prepared;
    public static String Composer_saveFailed;
    public static String Composer_saveFailedTitle;
    public static String Composer_send;
    public static String Composer_sendTooltip;
    public static String Composer_stop;
    public static String Composer_stopQuestion;
    public static String Composer_stopTitle;
    public static String Composer_takes;
    public static String Composer_wait;
    public static String Composer_waitDay;
    public static String Composer_waitHour;
    public static String Composer_waitLabel;
    public static String Composer_waitNext;
    public static String Composer_waitWeek;
    public static String Evidence_accessibleName;
    public static String Evidence_clock;
    public static String Evidence_columnDeadline;
    public static String Evidence_columnHolder;
    public static String Evidence_columnItem;
    public static String Evidence_columnKind;
    public static String Evidence_columnState;
    public static String Evidence_columnStatus;
    public static String Evidence_deletedIn;
    public static String Evidence_preservationEnds;
    public static String Evidence_urgent;
    public static String Feedback_accessibleExplanation;
    public static String Feedback_accessibleName;
    public static String Feedback_cited;
    public static String Feedback_columnAction;
    public static String Feedback_columnNumber;
    public static String Feedback_columnTime;
    public static String Feedback_columnVerdict;
    public static String Feedback_none;
    public static String Feedback_verdict;
    public static String Format_clock;
    public static String Format_daysHours;
    public static String Format_hoursMinutes;
    public static String Format_minutes;
    public static String Import_action;
    public static String Import_dialogTitle;
    public static String Import_done;
    public static String Import_filterAll;
    public static String Import_filterArchives;
    public static String Import_refusedTitle;
    public static String Import_tooltip;
    public static String Menu_edit;
    public static String Menu_file;
    public static String Menu_help;
    public static String Menu_openPerspective;
    public static String Menu_window;
    public static String States_accessibleName;
    public static String States_centralAuthority;
    public static String States_columnState;
    public static String States_columnValue;
    public static String States_declarationKind;
    public static String States_declarations;
    public static String States_extraditesNationals;
    public static String States_home;
    public static String States_languages;
    public static String States_pointOfContact;
    public static String States_status;
    public static String Timeline_accessibleEvents;
    public static String Timeline_accessiblePending;
    public static String Timeline_clock;
    public static String Timeline_columnDetail;
    public static String Timeline_columnDue;
    public static String Timeline_columnTime;
    public static String Timeline_columnWhat;
    public static String Timeline_ended;
    public static String Timeline_pending;
    public static String View_no;
    public static String View_noCase;
    public static String View_noCaseLink;
    public static String View_none;
    public static String View_unknown;
    public static String View_yes;
    public static String Window_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
