package org.rogatory.ui.internal.debrief;

import org.eclipse.osgi.util.NLS;

/** Text of the Debrief view and its HTML report, translated through {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.ui.internal.debrief.messages"; //$NON-NLS-1$

    public static String Column_action;
    public static String Column_criterion;
    public static String Column_event;
    public static String Column_evidence;
    public static String Column_kind;
    public static String Column_outcome;
    public static String Column_points;
    public static String Column_rationale;
    public static String Column_sequence;
    public static String Column_step;
    public static String Column_taken;
    public static String Column_time;
    public static String Column_verdict;
    public static String Column_weight;
    public static String Decision_cited;
    public static String Decision_noCitations;
    public static String Decision_noneSelected;
    public static String Decision_verdict;
    public static String End_IN_PROGRESS;
    public static String End_SCENARIO_COMPLETED;
    public static String End_STOPPED_BY_TRAINEE;
    public static String End_TIME_BUDGET_SPENT;
    public static String Export_action;
    public static String Export_dialogTitle;
    public static String Export_done;
    public static String Export_denied;
    public static String Export_failed;
    public static String Export_filterAll;
    public static String Export_filterHtml;
    public static String Export_job;
    public static String Export_noFolder;
    public static String Export_render;
    public static String Export_save;
    public static String Export_tooltip;
    public static String Header_caseLine;
    public static String Header_ended;
    public static String Header_scenario;
    public static String Header_title;
    public static String Header_total;
    public static String Html_footer;
    public static String Html_lang;
    public static String Kind_ASSET;
    public static String Kind_DATA_DELETED;
    public static String Kind_DECISION;
    public static String Kind_DECISION_POINT;
    public static String Kind_ENDED;
    public static String Kind_EVIDENCE;
    public static String Kind_MESSAGE;
    public static String Kind_PRESERVATION_LAPSED;
    public static String Kind_REVEALED;
    public static String Kind_SCENARIO_EVENT;
    public static String None;
    public static String Outcome_lost;
    public static String Outcome_secured;
    public static String Score_total;
    public static String Score_totalLine;
    public static String Section_citations;
    public static String Section_decisions;
    public static String Section_evidence;
    public static String Section_explanation;
    public static String Section_lost;
    public static String Section_reference;
    public static String Section_scores;
    public static String Section_secured;
    public static String Section_timeline;
    public static String Tab_decisions;
    public static String Tab_evidence;
    public static String Tab_reference;
    public static String Tab_scores;
    public static String Tab_timeline;
    public static String Taken_no;
    public static String Taken_yes;
    public static String Verdict_COMPLIANT;
    public static String Verdict_COMPLIANT_WEAKER;
    public static String Verdict_NON_COMPLIANT;
    public static String View_empty;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
