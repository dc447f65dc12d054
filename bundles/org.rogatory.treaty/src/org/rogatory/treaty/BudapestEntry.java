package org.rogatory.treaty;

import java.util.List;

import org.rogatory.treaty.model.VerificationStatus;

/**
 * The Budapest Convention (ETS 185) articles that do the same job as a UN measure. Many trainees know Budapest, so
 * feedback explains the differences.
 *
 * @param key the stable key, such as {@code bc-international-preservation}
 * @param measure the measure both conventions deal with
 * @param unArticles the UN article numbers; empty where Budapest has a measure the UN text lacks
 * @param budapestArticles the Budapest articles as cited, such as {@code "29"} or {@code "18(3)"}; empty where
 *            Budapest has no counterpart
 * @param differences the differences in plain English
 * @param budapestStatus how far the Budapest side is checked
 * @param mappingStatus how far the UN side and the differences are checked
 */
public record BudapestEntry(String key, String measure, List<Integer> unArticles, List<String> budapestArticles,
        String differences, VerificationStatus budapestStatus, VerificationStatus mappingStatus) {

    /**
     * Copies the lists, so the entry stays immutable.
     */
    public BudapestEntry {
        unArticles = List.copyOf(unArticles);
        budapestArticles = List.copyOf(budapestArticles);
    }

    /**
     * Whether Budapest has a counterpart at all, so feedback can say "no Budapest equivalent" instead of listing
     * nothing.
     *
     * @return true when at least one Budapest article is recorded
     */
    public boolean hasBudapestArticle() {
        return !budapestArticles.isEmpty();
    }
}
