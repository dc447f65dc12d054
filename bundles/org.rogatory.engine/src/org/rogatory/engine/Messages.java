package org.rogatory.engine;

import org.eclipse.osgi.util.NLS;

/** Messages of the engine facade. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.engine.messages"; //$NON-NLS-1$

    public static String Engine_invalidPack;
    public static String Engine_noScenario;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
