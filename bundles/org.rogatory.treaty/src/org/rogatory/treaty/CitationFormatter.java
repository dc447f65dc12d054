package org.rogatory.treaty;

import org.eclipse.osgi.util.NLS;

/**
 * Prints citations the one way Rogatory shows them ("Art. 42", "Art. 2(h)", "Arts. 49-50"). It is the single place
 * that decides whether a paragraph appears, so that no view, report or feedback text can show an unverified paragraph
 * number as if it were treaty text.
 */
public final class CitationFormatter {

    private CitationFormatter() {
    }

    /**
     * Formats a citation. The paragraph is printed only when its number is verified; otherwise the article alone is
     * printed.
     *
     * @param citation the citation
     * @return the text to show
     */
    public static String format(Citation citation) {
        String first = Integer.toString(citation.firstArticle());
        if (citation.isRange()) {
            return NLS.bind(Messages.Citation_range, first, Integer.toString(citation.lastArticle()));
        }
        String paragraph = citation.showsParagraph() ? citation.paragraph() : ""; //$NON-NLS-1$
        return NLS.bind(Messages.Citation_article, first, paragraph);
    }
}
