package org.rogatory.treaty;

import org.rogatory.treaty.model.VerificationStatus;

/**
 * One chapter of the Convention with the range of articles it holds. The article browser groups by it and checks
 * prove the ranges cover every article once; the statuses say that the ranges come from a secondary source.
 *
 * @param number the chapter number, 1 to 9
 * @param roman the chapter number in Roman numerals, as the Convention prints it
 * @param title the chapter title
 * @param titleStatus how far the title is checked
 * @param firstArticle the first article of the chapter
 * @param lastArticle the last article of the chapter
 * @param rangeStatus how far the first and last article numbers are checked
 */
public record ChapterEntry(int number, String roman, String title, VerificationStatus titleStatus, int firstArticle,
        int lastArticle, VerificationStatus rangeStatus) {

    /**
     * Whether the chapter holds an article, so callers need not repeat the range test.
     *
     * @param article an article number
     * @return true when the article lies within the chapter's range
     */
    public boolean contains(int article) {
        return firstArticle <= article && article <= lastArticle;
    }
}
