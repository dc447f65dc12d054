package org.rogatory.treaty.internal.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rogatory.treaty.ProvisionEntry;
import org.rogatory.treaty.model.Convention;

/**
 * Turns the checked EMF data into the immutable index the API serves.
 */
final class IndexBuilder {

    private IndexBuilder() {
    }

    static KnowledgeIndex build(Convention convention) {
        ArticleEntries articles = new ArticleEntries(convention);
        FactEntries facts = new FactEntries(convention);
        InstrumentEntries instruments = new InstrumentEntries(convention, facts.facts);
        Map<String, List<ProvisionEntry>> byParagraph = new LinkedHashMap<>();
        articles.byParagraph.forEach((label, list) -> byParagraph.put(label, List.copyOf(list)));
        return new KnowledgeIndex(convention.getTitle(), convention.getArticleCount(), convention.getChapterCount(),
                List.copyOf(articles.chapters), Ordered.readOnly(articles.articles),
                Ordered.readOnly(articles.provisions), Ordered.readOnly(byParagraph), instruments.instruments,
                instruments.channels, instruments.grounds, facts.facts, facts.topics, instruments.budapest,
                facts.thresholds);
    }
}
