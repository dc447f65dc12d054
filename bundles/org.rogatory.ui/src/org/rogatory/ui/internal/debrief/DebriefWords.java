package org.rogatory.ui.internal.debrief;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.rogatory.engine.session.SessionEvent;
import org.rogatory.model.scenario.Verdict;

/**
 * The words the debrief uses for verdicts, end reasons and timeline events, shared by the view and the HTML report so
 * both say the same thing. Verdicts are always given in words, never by colour alone.
 */
public final class DebriefWords {

    private DebriefWords() {
    }

    /**
     * A verdict in words.
     *
     * @param verdict the verdict
     * @return "Compliant", "Compliant, but a better option existed" or "Not compliant"
     */
    public static String verdict(Verdict verdict) {
        return switch (verdict) {
            case COMPLIANT -> Messages.Verdict_COMPLIANT;
            case COMPLIANT_WEAKER -> Messages.Verdict_COMPLIANT_WEAKER;
            case NON_COMPLIANT -> Messages.Verdict_NON_COMPLIANT;
        };
    }

    /**
     * The system colour that goes with a verdict, for emphasis beside the words.
     *
     * @param verdict the verdict
     * @return an {@code SWT.COLOR_*} constant
     */
    static int verdictColour(Verdict verdict) {
        return switch (verdict) {
            case COMPLIANT -> SWT.COLOR_DARK_GREEN;
            case COMPLIANT_WEAKER -> SWT.COLOR_DARK_YELLOW;
            case NON_COMPLIANT -> SWT.COLOR_DARK_RED;
        };
    }

    /**
     * How a case ended, in words. The debrief carries the engine's end reason by name; a name this version does not
     * know is shown as it is rather than hidden.
     *
     * @param endReason the name of the end reason
     * @return the words
     */
    public static String endReason(String endReason) {
        return switch (endReason) {
            case "SCENARIO_COMPLETED" -> Messages.End_SCENARIO_COMPLETED; //$NON-NLS-1$
            case "TIME_BUDGET_SPENT" -> Messages.End_TIME_BUDGET_SPENT; //$NON-NLS-1$
            case "STOPPED_BY_TRAINEE" -> Messages.End_STOPPED_BY_TRAINEE; //$NON-NLS-1$
            case "IN_PROGRESS" -> Messages.End_IN_PROGRESS; //$NON-NLS-1$
            default -> endReason.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /**
     * What kind of thing happened on the timeline, in words.
     *
     * @param kind the kind
     * @return the words
     */
    public static String kind(SessionEvent.Kind kind) {
        return switch (kind) {
            case DECISION -> Messages.Kind_DECISION;
            case EVIDENCE -> Messages.Kind_EVIDENCE;
            case DATA_DELETED -> Messages.Kind_DATA_DELETED;
            case PRESERVATION_LAPSED -> Messages.Kind_PRESERVATION_LAPSED;
            case ASSET -> Messages.Kind_ASSET;
            case MESSAGE -> Messages.Kind_MESSAGE;
            case REVEALED -> Messages.Kind_REVEALED;
            case DECISION_POINT -> Messages.Kind_DECISION_POINT;
            case SCENARIO_EVENT -> Messages.Kind_SCENARIO_EVENT;
            case ENDED -> Messages.Kind_ENDED;
        };
    }

    /**
     * The weighted total as the debrief prints it, two decimals whatever the locale, so the view and the report agree
     * with the plain-text debrief.
     *
     * @param total the total
     * @return the total, such as "5.17"
     */
    public static String total(double total) {
        return String.format(Locale.ROOT, "%.2f", Double.valueOf(total)); //$NON-NLS-1$
    }
}
