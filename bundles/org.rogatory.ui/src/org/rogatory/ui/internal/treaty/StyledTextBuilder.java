package org.rogatory.ui.internal.treaty;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.Bullet;
import org.eclipse.swt.custom.ST;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GlyphMetrics;
import org.eclipse.swt.widgets.Display;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * Collects text and its styles, then puts both into a {@link StyledText} at once. The details pane is plain, selectable
 * text (a screen reader reads it in order and a trainee can copy from it); the styles only add emphasis.
 */
final class StyledTextBuilder {

    private static final int BULLET_WIDTH = 16;

    private final Display display;
    private final StringBuilder text = new StringBuilder();
    private final List<StyleRange> styles = new ArrayList<>();
    private final List<Integer> bulletOffsets = new ArrayList<>();

    StyledTextBuilder(Display display) {
        this.display = display;
    }

    StyledTextBuilder title(String title) {
        StyleRange style = styled(title);
        style.font = JFaceResources.getHeaderFont();
        return newline();
    }

    StyledTextBuilder heading(String heading) {
        if (!text.isEmpty()) {
            newline();
        }
        styled(heading).fontStyle = SWT.BOLD;
        return newline();
    }

    StyledTextBuilder plain(String plain) {
        text.append(plain);
        return this;
    }

    StyledTextBuilder bold(String bold) {
        styled(bold).fontStyle = SWT.BOLD;
        return this;
    }

    StyledTextBuilder italic(String italic) {
        styled(italic).fontStyle = SWT.ITALIC;
        return this;
    }

    /** Appends a status in words, boxed and coloured, with a space either side so the box does not touch the text. */
    StyledTextBuilder status(VerificationStatus status) {
        String words = StatusWords.of(status);
        text.append(' ');
        styles.add(StatusWords.badge(display, status, text.length(), words.length()));
        text.append(words).append(' ');
        return this;
    }

    /** Starts a bulleted line; its wrapped lines line up after the bullet. */
    StyledTextBuilder bullet() {
        bulletOffsets.add(Integer.valueOf(text.length()));
        return this;
    }

    StyledTextBuilder newline() {
        text.append('\n');
        return this;
    }

    void applyTo(StyledText target) {
        target.setText(text.toString());
        target.setStyleRanges(styles.toArray(StyleRange[]::new));
        if (!bulletOffsets.isEmpty()) {
            StyleRange bulletStyle = new StyleRange();
            bulletStyle.metrics = new GlyphMetrics(0, 0, BULLET_WIDTH);
            Bullet bullet = new Bullet(ST.BULLET_DOT, bulletStyle);
            for (Integer offset : bulletOffsets) {
                int bulletLine = target.getLineAtOffset(offset.intValue());
                target.setLineBullet(bulletLine, 1, bullet);
                target.setLineWrapIndent(bulletLine, 1, BULLET_WIDTH);
            }
        }
    }

    private StyleRange styled(String part) {
        StyleRange style = new StyleRange();
        style.start = text.length();
        style.length = part.length();
        styles.add(style);
        text.append(part);
        return style;
    }
}
