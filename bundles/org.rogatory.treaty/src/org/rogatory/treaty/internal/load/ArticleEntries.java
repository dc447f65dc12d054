package org.rogatory.treaty.internal.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rogatory.treaty.ArticleEntry;
import org.rogatory.treaty.ChapterEntry;
import org.rogatory.treaty.ProvisionEntry;
import org.rogatory.treaty.internal.citation.CitationFactory;
import org.rogatory.treaty.internal.citation.ParagraphLabels;
import org.rogatory.treaty.model.Article;
import org.rogatory.treaty.model.Chapter;
import org.rogatory.treaty.model.Convention;
import org.rogatory.treaty.model.Provision;

/**
 * Converts chapters, articles and provisions into API values, each with its citation.
 */
final class ArticleEntries {

    final List<ChapterEntry> chapters = new ArrayList<>();
    final Map<Integer, ArticleEntry> articles = new LinkedHashMap<>();
    final Map<String, ProvisionEntry> provisions = new LinkedHashMap<>();
    final Map<String, List<ProvisionEntry>> byParagraph = new LinkedHashMap<>();

    ArticleEntries(Convention convention) {
        for (Chapter chapter : convention.getChapters()) {
            chapters.add(new ChapterEntry(chapter.getNumber(), chapter.getRoman(), chapter.getTitle(),
                    chapter.getTitleStatus(), chapter.getFirstArticle(), chapter.getLastArticle(),
                    chapter.getRangeStatus()));
            for (Article article : chapter.getArticles()) {
                articles.put(Integer.valueOf(article.getNumber()), article(article, chapter));
            }
        }
        chapters.sort((a, b) -> Integer.compare(a.number(), b.number()));
    }

    private ArticleEntry article(Article article, Chapter chapter) {
        List<ProvisionEntry> own = new ArrayList<>();
        for (Provision provision : article.getProvisions()) {
            ProvisionEntry entry = provision(provision);
            own.add(entry);
            provisions.put(entry.key(), entry);
            if (entry.label().isEmpty()) {
                continue;
            }
            String paragraph = ParagraphLabels.paragraphPart(entry.label(), entry.article());
            for (String single : ParagraphLabels.expand(paragraph)) {
                byParagraph.computeIfAbsent(entry.article() + single, k -> new ArrayList<>()).add(entry);
            }
        }
        return new ArticleEntry(article.getNumber(), article.getTitle(), article.getTitleStatus(),
                article.getSummary(), article.getStatus(), chapter.getNumber(), own,
                CitationFactory.forArticle(article));
    }

    static ProvisionEntry provision(Provision provision) {
        String label = provision.getParagraph() == null ? "" : provision.getParagraph(); //$NON-NLS-1$
        return new ProvisionEntry(provision.getKey(), provision.getArticle().getNumber(), label,
                provision.getNumberStatus(), provision.isNumberApproximate(), provision.getText(),
                provision.getContentStatus(), CitationFactory.forProvision(provision));
    }
}
