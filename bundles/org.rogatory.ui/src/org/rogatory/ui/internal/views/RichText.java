package org.rogatory.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;

/**
 * Builds the read-only text of the briefing and the feedback: headings in bold, paragraphs wrapped. A StyledText keeps
 * the text selectable and readable by screen readers, which labels in a scrolled form are not.
 */
final class RichText {

    private final StringBuilder text = new StringBuilder();
    private final List<StyleRange> styles = new ArrayList<>();

    RichText heading(String heading) {
        if (text.length() > 0) {
            text.append('\n');
        }
        StyleRange range = new StyleRange();
        range.start = text.length();
        range.length = heading.length();
        range.fontStyle = SWT.BOLD;
        styles.add(range);
        text.append(heading).append('\n');
        return this;
    }

    RichText paragraph(String paragraph) {
        text.append(paragraph).append('\n');
        return this;
    }

    RichText bullet(String item) {
        text.append("\u2022 ").append(item).append('\n'); //$NON-NLS-1$
        return this;
    }

    void applyTo(StyledText target) {
        target.setText(text.toString());
        target.setStyleRanges(styles.toArray(new StyleRange[0]));
    }

    static StyledText create(Composite parent) {
        StyledText styled = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI);
        styled.setMargins(10, 8, 10, 8);
        styled.setCaret(null);
        return styled;
    }
}
