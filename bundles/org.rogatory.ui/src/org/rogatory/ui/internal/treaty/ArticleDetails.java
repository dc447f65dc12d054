package org.rogatory.ui.internal.treaty;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.StyledText;
import org.rogatory.treaty.ArticleEntry;
import org.rogatory.treaty.BudapestEntry;
import org.rogatory.treaty.ChapterEntry;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.ProvisionEntry;

/**
 * Writes what the details pane says about a chapter or an article: title, summary, each provision and the Budapest
 * counterpart, every one with its verification status. Paragraph numbers appear only through the provision's
 * citation, which withholds numbers that are not verified.
 */
final class ArticleDetails {

    private final ConventionKnowledgeBase knowledgeBase;

    ArticleDetails(ConventionKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    void show(ChapterEntry chapter, StyledText target) {
        StyledTextBuilder out = new StyledTextBuilder(target.getDisplay());
        out.title(NLS.bind(Messages.Details_chapter, chapter.roman(), chapter.title()));
        out.plain(Messages.Details_titleStatus).status(chapter.titleStatus()).newline();
        out.plain(NLS.bind(Messages.Details_chapterRange, Integer.toString(chapter.firstArticle()),
                Integer.toString(chapter.lastArticle()))).status(chapter.rangeStatus()).newline();
        out.applyTo(target);
    }

    void show(ArticleEntry article, StyledText target) {
        StyledTextBuilder out = new StyledTextBuilder(target.getDisplay());
        out.title(NLS.bind(Messages.Browser_article, article.citation(), article.title()));
        knowledgeBase.chapterOf(article.number()).ifPresent(
                chapter -> out.plain(NLS.bind(Messages.Details_chapter, chapter.roman(), chapter.title())).newline());
        out.plain(Messages.Details_titleStatus).status(article.titleStatus()).newline();

        out.heading(Messages.Details_summaryHeading);
        out.plain(Messages.Details_summaryStatus).status(article.status()).newline();
        out.plain(article.summary()).newline();
        out.italic(Messages.Details_ourWords).newline();

        out.heading(Messages.Details_provisionsHeading);
        if (article.provisions().isEmpty()) {
            out.plain(Messages.Details_provisionsNone).newline();
        } else if (article.provisions().stream().anyMatch(p -> p.citation().paragraphWithheld())) {
            out.italic(Messages.Details_numbersWithheld).newline();
        }
        for (ProvisionEntry provision : article.provisions()) {
            provision(provision, out);
        }

        out.heading(Messages.Details_budapestHeading);
        List<BudapestEntry> counterparts = knowledgeBase.budapestCounterparts().stream()
                .filter(entry -> entry.unArticles().contains(Integer.valueOf(article.number()))).toList();
        if (counterparts.isEmpty()) {
            out.plain(Messages.Details_budapestUnknown).newline();
        }
        counterparts.forEach(entry -> budapest(entry, out));
        out.applyTo(target);
    }

    private static void provision(ProvisionEntry provision, StyledTextBuilder out) {
        out.bullet();
        if (provision.citation().showsParagraph()) {
            out.bold(provision.citation().toString()).plain(" "); //$NON-NLS-1$
        }
        out.status(provision.contentStatus()).plain(" ").plain(provision.text()).newline(); //$NON-NLS-1$
    }

    private static void budapest(BudapestEntry entry, StyledTextBuilder out) {
        out.bold(entry.measure()).newline();
        if (entry.hasBudapestArticle()) {
            List<String> articles = entry.budapestArticles().stream()
                    .map(a -> NLS.bind(Messages.Details_budapestArticle, a)).toList();
            out.plain(NLS.bind(Messages.Details_budapestArticles, String.join(", ", articles))); //$NON-NLS-1$
        } else {
            out.plain(Messages.Details_budapestNone);
        }
        out.status(entry.budapestStatus()).newline();
        out.plain(Messages.Details_differences).plain(" ").plain(entry.differences()).newline(); //$NON-NLS-1$
        out.plain(Messages.Details_mapping).status(entry.mappingStatus()).newline();
    }
}
