package org.rogatory.treaty.internal.citation;

import org.rogatory.treaty.Citation;
import org.rogatory.treaty.model.Article;
import org.rogatory.treaty.model.Provision;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * Builds the citations of articles and provisions from the EMF data, in one place, so every citation in the API
 * follows the same status rule: a shown paragraph is as reliable as its content; a citation at article level is as
 * reliable as the content and the article's identity together.
 */
public final class CitationFactory {

    private CitationFactory() {
    }

    /**
     * The citation of a whole article.
     *
     * @param article the article
     * @return the citation, with the status of the article's identity
     */
    public static Citation forArticle(Article article) {
        return Citation.ofArticle(article.getNumber(), identity(article));
    }

    /**
     * The citation of a provision: with its paragraph, which prints only when the number is verified.
     *
     * @param provision the provision
     * @return the citation
     */
    public static Citation forProvision(Provision provision) {
        Article article = provision.getArticle();
        String paragraph = ParagraphLabels.paragraphPart(provision.getParagraph(), article.getNumber());
        VerificationStatus content = provision.getContentStatus();
        if (paragraph.isEmpty()) {
            return Citation.ofArticle(article.getNumber(), Statuses.weakest(content, identity(article)));
        }
        VerificationStatus number = provision.getNumberStatus();
        VerificationStatus status = number == VerificationStatus.VERIFIED ? content
                : Statuses.weakest(content, identity(article));
        return Citation.ofParagraph(article.getNumber(), paragraph, number, status);
    }

    /**
     * How far we know which article this is: its title or its content, whichever is better checked.
     *
     * @param article the article
     * @return the status of the article's identity
     */
    public static VerificationStatus identity(Article article) {
        return Statuses.best(article.getTitleStatus(), article.getStatus());
    }
}
