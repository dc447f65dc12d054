package org.rogatory.treaty;

import java.util.Objects;

import org.rogatory.treaty.model.VerificationStatus;

/**
 * A reference to the Convention as Rogatory shows it: one article or a range of articles, and perhaps a paragraph.
 * It exists because most paragraph numbers in the knowledge base are reconstructed, and feedback must never present a
 * guessed number as treaty text. The paragraph is therefore kept together with the status of its number, and
 * {@link CitationFormatter} prints it only when that status is {@link VerificationStatus#VERIFIED}; otherwise the
 * citation reads as the article alone. No constructor argument can make an unverified paragraph appear.
 *
 * @param firstArticle the cited article, or the first of a range (1 or more)
 * @param lastArticle equal to {@code firstArticle} for one article; the last article of a range otherwise
 * @param paragraph the paragraph part after the article number, such as {@code "(h)"} or {@code "(3)(f)"}, or
 *            {@code ""} when the citation is to the whole article; always empty for a range
 * @param paragraphStatus how far the paragraph number is checked; {@link VerificationStatus#UNVERIFIED} when there is
 *            no paragraph
 * @param status how far what the citation points to is checked: that the cited text says what the knowledge base
 *            says and sits where it is cited. The UI shows it next to the citation.
 */
public record Citation(int firstArticle, int lastArticle, String paragraph, VerificationStatus paragraphStatus,
        VerificationStatus status) {

    /**
     * Checks the components, so that a malformed citation fails where it is made rather than where it is printed.
     */
    public Citation {
        Objects.requireNonNull(paragraph, "paragraph"); //$NON-NLS-1$
        Objects.requireNonNull(paragraphStatus, "paragraphStatus"); //$NON-NLS-1$
        Objects.requireNonNull(status, "status"); //$NON-NLS-1$
        if (firstArticle < 1 || lastArticle < firstArticle) {
            throw new IllegalArgumentException("article range " + firstArticle + '-' + lastArticle); //$NON-NLS-1$
        }
        if (!paragraph.isEmpty() && (firstArticle != lastArticle || paragraph.charAt(0) != '(')) {
            throw new IllegalArgumentException("paragraph " + paragraph); //$NON-NLS-1$
        }
    }

    /**
     * A citation of a whole article, the form used whenever no verified paragraph number is known.
     *
     * @param article the article number
     * @param status how far the article's identity is checked
     * @return the citation
     */
    public static Citation ofArticle(int article, VerificationStatus status) {
        return new Citation(article, article, "", VerificationStatus.UNVERIFIED, status); //$NON-NLS-1$
    }

    /**
     * A citation of a paragraph. The paragraph is kept even when its number is not verified, so that a check can
     * tell the author which number was withheld; it is printed only when verified.
     *
     * @param article the article number
     * @param paragraph the paragraph part, starting with {@code (}
     * @param paragraphStatus how far the paragraph number is checked
     * @param status how far the cited content is checked
     * @return the citation
     */
    public static Citation ofParagraph(int article, String paragraph, VerificationStatus paragraphStatus,
            VerificationStatus status) {
        return new Citation(article, article, paragraph, paragraphStatus, status);
    }

    /**
     * A citation of consecutive articles ("Arts. 49-50"), as authors write for measures spread over articles.
     *
     * @param first the first article
     * @param last the last article, greater than {@code first}
     * @param status the weakest status of the articles' identities
     * @return the citation
     */
    public static Citation ofRange(int first, int last, VerificationStatus status) {
        if (last <= first) {
            throw new IllegalArgumentException("article range " + first + '-' + last); //$NON-NLS-1$
        }
        return new Citation(first, last, "", VerificationStatus.UNVERIFIED, status); //$NON-NLS-1$
    }

    /**
     * Whether the paragraph is printed. Callers use it to decide whether to offer the paragraph's own text.
     *
     * @return true when a paragraph is present and its number is verified
     */
    public boolean showsParagraph() {
        return !paragraph.isEmpty() && paragraphStatus == VerificationStatus.VERIFIED;
    }

    /**
     * Whether a known paragraph is hidden because its number is not verified, so the UI can say why the citation
     * is less precise than the author wrote.
     *
     * @return true when a paragraph is present but not printed
     */
    public boolean paragraphWithheld() {
        return !paragraph.isEmpty() && paragraphStatus != VerificationStatus.VERIFIED;
    }

    /**
     * Whether the citation spans several articles.
     *
     * @return true for a range
     */
    public boolean isRange() {
        return lastArticle != firstArticle;
    }

    /**
     * The citation as shown to people, so that string concatenation can never bypass the verification rule.
     *
     * @return the formatted citation, for example "Art. 2(h)" or "Art. 42"
     */
    @Override
    public String toString() {
        return CitationFormatter.format(this);
    }
}
