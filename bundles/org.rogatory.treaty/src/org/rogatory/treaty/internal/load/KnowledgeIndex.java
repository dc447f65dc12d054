package org.rogatory.treaty.internal.load;

import java.util.List;
import java.util.Map;

import org.rogatory.treaty.ArticleEntry;
import org.rogatory.treaty.BudapestEntry;
import org.rogatory.treaty.ChannelEntry;
import org.rogatory.treaty.ChapterEntry;
import org.rogatory.treaty.DeclarationTopicEntry;
import org.rogatory.treaty.FactEntry;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.ProvisionEntry;
import org.rogatory.treaty.RefusalGroundEntry;
import org.rogatory.treaty.Thresholds;

/**
 * Everything the knowledge base holds, as immutable values indexed by key, built once at load. The maps keep the data
 * file's order, which is the order a lawyer reviews and the UI lists.
 *
 * @param title the Convention's title
 * @param declaredArticleCount the number of articles the data claims
 * @param declaredChapterCount the number of chapters the data claims
 * @param chapters the chapters in order
 * @param articles the articles by number, in order
 * @param provisions the provisions by key
 * @param provisionsByParagraph the provisions by every single paragraph label they cover, such as {@code "23(2)(b)"}
 * @param instruments the instruments by key
 * @param channels the channels by key
 * @param refusalGrounds the refusal grounds by key
 * @param facts the facts by key
 * @param declarationTopics the declaration topics by key
 * @param budapest the Budapest counterparts by key
 * @param thresholds the typed thresholds
 */
public record KnowledgeIndex(String title, int declaredArticleCount, int declaredChapterCount,
        List<ChapterEntry> chapters, Map<Integer, ArticleEntry> articles, Map<String, ProvisionEntry> provisions,
        Map<String, List<ProvisionEntry>> provisionsByParagraph, Map<String, InstrumentEntry> instruments,
        Map<String, ChannelEntry> channels, Map<String, RefusalGroundEntry> refusalGrounds,
        Map<String, FactEntry> facts, Map<String, DeclarationTopicEntry> declarationTopics,
        Map<String, BudapestEntry> budapest, Thresholds thresholds) {
}
