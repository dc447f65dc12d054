package org.rogatory.ui.internal.treaty;

import org.eclipse.osgi.util.NLS;

/** Text of the Treaty Browser, translated through {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.ui.internal.treaty.messages"; //$NON-NLS-1$

    public static String Browser_chapter;
    public static String Browser_article;
    public static String Browser_detailsName;
    public static String Browser_filterLabel;
    public static String Browser_filterMessage;
    public static String Browser_loadFailed;
    public static String Browser_loading;
    public static String Browser_loadJob;
    public static String Browser_noMatch;
    public static String Browser_noSelection;
    public static String Browser_treeName;
    public static String Details_budapestArticle;
    public static String Details_budapestArticles;
    public static String Details_budapestHeading;
    public static String Details_budapestNone;
    public static String Details_budapestUnknown;
    public static String Details_chapter;
    public static String Details_chapterRange;
    public static String Details_differences;
    public static String Details_mapping;
    public static String Details_numbersWithheld;
    public static String Details_ourWords;
    public static String Details_provisionsHeading;
    public static String Details_provisionsNone;
    public static String Details_statusLegend;
    public static String Details_summaryHeading;
    public static String Details_summaryStatus;
    public static String Details_titleStatus;
    public static String Status_SECONDARY;
    public static String Status_UNVERIFIED;
    public static String Status_VERIFIED;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
