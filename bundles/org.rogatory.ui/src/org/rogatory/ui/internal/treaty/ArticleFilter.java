package org.rogatory.ui.internal.treaty;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.rogatory.treaty.ArticleEntry;
import org.rogatory.treaty.ChapterEntry;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.ProvisionEntry;

/**
 * Keeps the articles that match what the trainee typed, and the chapters that still hold one. A query that reads as a
 * citation ("42", "Art. 42") finds that article by number; any other query is split into words, and an article matches
 * when its title, summary or provisions contain every word, ignoring case.
 */
final class ArticleFilter extends ViewerFilter {

    private final ConventionKnowledgeBase knowledgeBase;
    private final Map<Integer, String> searchableText = new HashMap<>();
    private OptionalInt number = OptionalInt.empty();
    private List<String> words = List.of();

    ArticleFilter(ConventionKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        for (ArticleEntry article : knowledgeBase.articles()) {
            searchableText.put(Integer.valueOf(article.number()), searchableText(article));
        }
    }

    /**
     * Sets the query.
     *
     * @param query what the trainee typed
     * @return whether the query changed what the filter keeps
     */
    boolean setQuery(String query) {
        String trimmed = query.strip();
        OptionalInt newNumber = trimmed.matches("(?i)(arts?\\.?\\s*)?\\d{1,3}(\\(.*)?") //$NON-NLS-1$
                ? CitationTarget.article(trimmed)
                : OptionalInt.empty();
        List<String> newWords = newNumber.isPresent() || trimmed.isEmpty() ? List.of()
                : List.of(trimmed.toLowerCase(Locale.ROOT).split("\\s+")); //$NON-NLS-1$
        boolean changed = !newNumber.equals(number) || !newWords.equals(words);
        number = newNumber;
        words = newWords;
        return changed;
    }

    /** Whether the filter keeps everything, so the view can collapse the tree again. */
    boolean isEmpty() {
        return number.isEmpty() && words.isEmpty();
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        if (element instanceof ChapterEntry chapter) {
            return knowledgeBase.articlesOf(chapter).stream().anyMatch(this::matches);
        }
        return element instanceof ArticleEntry article && matches(article);
    }

    /**
     * Whether an article matches the query.
     *
     * @param article the article
     * @return true when it is kept
     */
    boolean matches(ArticleEntry article) {
        if (number.isPresent()) {
            return article.number() == number.getAsInt();
        }
        String text = searchableText.get(Integer.valueOf(article.number()));
        return words.stream().allMatch(text::contains);
    }

    private static String searchableText(ArticleEntry article) {
        StringBuilder text = new StringBuilder().append(article.title()).append('\n').append(article.summary());
        for (ProvisionEntry provision : article.provisions()) {
            text.append('\n').append(provision.text());
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
