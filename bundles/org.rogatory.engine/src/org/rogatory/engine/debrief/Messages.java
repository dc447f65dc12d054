package org.rogatory.engine.debrief;

import org.eclipse.osgi.util.NLS;

/** Headings and phrases of the debrief. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.engine.debrief.messages"; //$NON-NLS-1$

    public static String Debrief_citations;
    public static String Debrief_decisions;
    public static String Debrief_ended;
    public static String Debrief_lost;
    public static String Debrief_none;
    public static String Debrief_reference;
    public static String Debrief_scores;
    public static String Debrief_secured;
    public static String Debrief_timeline;
    public static String Debrief_title;
    public static String Debrief_total;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
