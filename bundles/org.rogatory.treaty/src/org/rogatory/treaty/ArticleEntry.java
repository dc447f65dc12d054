package org.rogatory.treaty;

import java.util.List;

import org.rogatory.treaty.model.VerificationStatus;

/**
 * One article of the Convention as the knowledge base knows it. Feedback cites articles, so each carries a ready
 * citation whose status reflects how far the article's identity (its title or its content) is checked.
 *
 * @param number the article number, 1 to 68
 * @param title the article's title
 * @param titleStatus how far the title is checked
 * @param summary our own short summary, never treaty text
 * @param status how far the summary is checked
 * @param chapter the number of the chapter that holds the article
 * @param provisions the paragraphs the knowledge base records, in data order (possibly none)
 * @param citation the citation of the whole article
 */
public record ArticleEntry(int number, String title, VerificationStatus titleStatus, String summary,
        VerificationStatus status, int chapter, List<ProvisionEntry> provisions, Citation citation) {

    /**
     * Copies the provisions, so the entry stays immutable whatever the caller passed.
     */
    public ArticleEntry {
        provisions = List.copyOf(provisions);
    }
}
