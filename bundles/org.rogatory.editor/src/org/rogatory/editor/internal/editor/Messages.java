package org.rogatory.editor.internal.editor;

import org.eclipse.osgi.util.NLS;

/** Text of the scenario editor, translated through {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.editor.internal.editor.messages"; //$NON-NLS-1$

    public static String Details_accessibleName;
    public static String Details_columnProperty;
    public static String Details_choose;
    public static String Details_columnValue;
    public static String Details_longTextHint;
    public static String Details_longTextName;
    public static String Edit_copy;
    public static String Edit_cut;
    public static String Edit_delete;
    public static String Edit_paste;
    public static String Edit_redo;
    public static String Edit_redoNamed;
    public static String Edit_undo;
    public static String Edit_undoNamed;
    public static String Editor_cannotLoad;
    public static String Editor_label;
    public static String Editor_newChild;
    public static String Editor_notAFile;
    public static String Editor_saveFailed;
    public static String Editor_saveFailedTitle;
    public static String Editor_treeAccessibleName;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
