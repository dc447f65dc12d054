package org.rogatory.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Text the command line prints, translated through {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.cli.internal.messages"; //$NON-NLS-1$

    public static String Cli_noCommand;
    public static String Cli_unknownCommand;
    public static String Cli_unknownOption;
    public static String Cli_usage;
    public static String Cli_version;
    public static String Grade_arguments;
    public static String Grade_cannotWrite;
    public static String Grade_failed;
    public static String Grade_noFolder;
    public static String Grade_summary;
    public static String Grade_summary_line;
    public static String Grade_usage;
    public static String Packs_noSuchPath;
    public static String Packs_notLoaded;
    public static String Pack_badBundleName;
    public static String Pack_cannotWrite;
    public static String Pack_digest;
    public static String Pack_export_arguments;
    public static String Pack_export_usage;
    public static String Pack_exported;
    public static String Pack_hasErrors;
    public static String Pack_import_arguments;
    public static String Pack_import_usage;
    public static String Pack_imported;
    public static String Pack_imagesWritten;
    public static String Pack_images_arguments;
    public static String Pack_images_usage;
    public static String Pack_installFolderUnknown;
    public static String Pack_noSubcommand;
    public static String Pack_notAFolder;
    public static String Pack_projectBuild;
    public static String Pack_projectWritten;
    public static String Pack_project_arguments;
    public static String Pack_project_usage;
    public static String Pack_summary_line;
    public static String Pack_unknownSubcommand;
    public static String Pack_usage;
    public static String Play_arguments;
    public static String Play_failed;
    public static String Play_summary_line;
    public static String Play_usage;
    public static String Validate_onePath;
    public static String Validate_summary;
    public static String Validate_summary_line;
    public static String Validate_usage;
    public static String Treaty_budapest;
    public static String Treaty_chapter;
    public static String Treaty_noCounterpart;
    public static String Treaty_noSuchArticle;
    public static String Treaty_notANumber;
    public static String Treaty_oneArticle;
    public static String Treaty_provision;
    public static String Treaty_provisions;
    public static String Treaty_secondary;
    public static String Treaty_statuses;
    public static String Treaty_summary;
    public static String Treaty_unnumbered;
    public static String Treaty_unverified;
    public static String Treaty_usage;
    public static String Treaty_verified;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
