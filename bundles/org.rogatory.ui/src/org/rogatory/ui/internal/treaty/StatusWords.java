package org.rogatory.ui.internal.treaty;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * How a verification status reads and looks. Much of the knowledge base is reconstructed from notes, so a trainee must
 * never mistake a reconstruction for checked treaty text: each status is always spelled out in words, and also boxed
 * and coloured so that it catches the eye. In high-contrast mode the colour is left to the theme.
 */
public final class StatusWords {

    private StatusWords() {
    }

    /**
     * The words for a status, the same everywhere a status is shown.
     *
     * @param status the status
     * @return "Verified", "Secondary source" or "Unverified reconstruction"
     */
    public static String of(VerificationStatus status) {
        return switch (status) {
            case VERIFIED -> Messages.Status_VERIFIED;
            case SECONDARY -> Messages.Status_SECONDARY;
            case UNVERIFIED -> Messages.Status_UNVERIFIED;
        };
    }

    /**
     * A style for a status badge of {@code length} characters at {@code start}: bold, boxed and coloured.
     *
     * @param display the display whose system colours to use
     * @param status the status
     * @param start the badge's offset in the text
     * @param length the badge's length
     * @return the style
     */
    static StyleRange badge(Display display, VerificationStatus status, int start, int length) {
        StyleRange style = new StyleRange();
        style.start = start;
        style.length = length;
        style.fontStyle = SWT.BOLD;
        style.borderStyle = SWT.BORDER_SOLID;
        if (!display.getHighContrast()) {
            style.foreground = colour(display, status);
            style.borderColor = style.foreground;
        }
        return style;
    }

    private static Color colour(Display display, VerificationStatus status) {
        return display.getSystemColor(switch (status) {
            case VERIFIED -> SWT.COLOR_DARK_GREEN;
            case SECONDARY -> SWT.COLOR_DARK_BLUE;
            case UNVERIFIED -> SWT.COLOR_DARK_RED;
        });
    }
}
