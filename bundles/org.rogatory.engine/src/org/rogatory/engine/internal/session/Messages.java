package org.rogatory.engine.internal.session;

import org.eclipse.osgi.util.NLS;

/** Timeline text the engine writes itself (scenario text comes from the scenario). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.engine.internal.session.messages"; //$NON-NLS-1$

    public static String Clock_deleted;
    public static String Clock_preservationLapsed;
    public static String Consequence_assetStatus;
    public static String Consequence_evidenceStatus;
    public static String Consequence_revealed;
    public static String Consequence_tooLate;
    public static String Replay_notApplicable;
    public static String Replay_timeWentBack;
    public static String Session_actionNotAvailable;
    public static String Session_budgetSpent;
    public static String Session_decision;
    public static String Session_ended;
    public static String Session_pendingResponse;
    public static String Session_stopped;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
