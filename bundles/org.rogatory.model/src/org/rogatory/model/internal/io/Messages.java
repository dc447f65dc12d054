package org.rogatory.model.internal.io;

import org.eclipse.osgi.util.NLS;

/** Text of the problems the loader reports, translated through {@code messages.properties}. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.model.internal.io.messages"; //$NON-NLS-1$

    public static String BundlePackSource_badFolder;
    public static String Format_migrationFailed;
    public static String Format_migrationFailedHint;
    public static String Format_newer;
    public static String Format_newerHint;
    public static String Format_noMigration;
    public static String Format_noMigrationHint;
    public static String Format_noNamespace;
    public static String Format_unknown;
    public static String Format_unknownHint;
    public static String Problem_illegalLiteral;
    public static String Problem_illegalLiteralHint;
    public static String Problem_illegalValue;
    public static String Problem_illegalValueHint;
    public static String Problem_missingFile;
    public static String Problem_missingFileHint;
    public static String Problem_nothing;
    public static String Problem_otherHint;
    public static String Problem_refused;
    public static String Problem_unknownFeature;
    public static String Problem_unknownFeatureHint;
    public static String Problem_unknownNamespace;
    public static String Problem_unknownNamespaceHint;
    public static String Problem_unknownType;
    public static String Problem_unknownTypeHint;
    public static String Problem_unreadable;
    public static String Problem_unreadableHint;
    public static String Problem_unresolvedId;
    public static String Problem_unresolvedIdHint;
    public static String Problem_wrongRoot;
    public static String Problem_wrongRootHint;
    public static String Reference_noSuchId;
    public static String Reference_noSuchIdHint;
    public static String Reference_notScenarioFile;
    public static String Reference_refused;
    public static String Reference_unreadable;
    public static String Refused_linkOutside;
    public static String Refused_network;
    public static String Refused_networkHint;
    public static String Refused_notScenarioFile;
    public static String Refused_notScenarioFileHint;
    public static String Refused_outsidePack;
    public static String Refused_outsidePackHint;
    public static String Refused_write;
    public static String Refused_writeHint;
    public static String Xml_doctype;
    public static String Xml_doctypeHint;
    public static String Xml_empty;
    public static String Xml_entityRefused;
    public static String Xml_notWellFormed;
    public static String Xml_notWellFormedHint;
    public static String Xml_tooLarge;
    public static String Xml_tooLargeHint;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
