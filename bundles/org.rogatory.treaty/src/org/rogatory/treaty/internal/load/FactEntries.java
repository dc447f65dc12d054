package org.rogatory.treaty.internal.load;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.rogatory.treaty.Citation;
import org.rogatory.treaty.DeclarationTopicEntry;
import org.rogatory.treaty.FactEntry;
import org.rogatory.treaty.Threshold;
import org.rogatory.treaty.Thresholds;
import org.rogatory.treaty.internal.citation.CitationFactory;
import org.rogatory.treaty.model.Convention;
import org.rogatory.treaty.model.DeclarationTopic;
import org.rogatory.treaty.model.Fact;

/**
 * Converts facts, declaration topics and the typed thresholds into API values.
 */
final class FactEntries {

    final Map<String, FactEntry> facts;
    final Map<String, DeclarationTopicEntry> topics;
    final Thresholds thresholds;

    FactEntries(Convention convention) {
        List<FactEntry> factList = new ArrayList<>();
        for (Fact fact : convention.getFacts()) {
            factList.add(fact(fact));
        }
        facts = Ordered.byKey(factList, FactEntry::key);
        List<DeclarationTopicEntry> topicList = new ArrayList<>();
        for (DeclarationTopic topic : convention.getDeclarationTopics()) {
            topicList.add(topic(topic));
        }
        topics = Ordered.byKey(topicList, DeclarationTopicEntry::key);
        thresholds = new Thresholds(threshold(convention, FactKeys.SERIOUS_CRIME, false),
                threshold(convention, FactKeys.EXTRADITION_MINIMUM, false),
                threshold(convention, FactKeys.PRESERVATION_MINIMUM, false),
                threshold(convention, FactKeys.DOMESTIC_PRESERVATION_MAXIMUM,
                        facts.containsKey(FactKeys.DOMESTIC_PRESERVATION_RENEWABLE)));
    }

    /**
     * The quantity of a fact as a period, for facts counted in years, months or days.
     *
     * @param fact a fact
     * @return the period, or empty when the fact has no time quantity
     */
    static Optional<Period> period(Fact fact) {
        if (!fact.isSetQuantity() || fact.getUnit() == null) {
            return Optional.empty();
        }
        int quantity = fact.getQuantity();
        return switch (fact.getUnit().toLowerCase(Locale.ROOT)) {
            case "years", "year" -> Optional.of(Period.ofYears(quantity)); //$NON-NLS-1$ //$NON-NLS-2$
            case "months", "month" -> Optional.of(Period.ofMonths(quantity)); //$NON-NLS-1$ //$NON-NLS-2$
            case "days", "day" -> Optional.of(Period.ofDays(quantity)); //$NON-NLS-1$ //$NON-NLS-2$
            default -> Optional.empty();
        };
    }

    private static FactEntry fact(Fact fact) {
        OptionalInt quantity = fact.isSetQuantity() ? OptionalInt.of(fact.getQuantity()) : OptionalInt.empty();
        return new FactEntry(fact.getKey(), fact.getKind(), fact.getLabel(), fact.getValue(), quantity,
                fact.getUnit() == null ? "" : fact.getUnit(), citation(fact), fact.getStatus()); //$NON-NLS-1$
    }

    private static Optional<Citation> citation(Fact fact) {
        if (fact.getProvision() != null) {
            return Optional.of(CitationFactory.forProvision(fact.getProvision()));
        }
        return Optional.ofNullable(fact.getArticle()).map(CitationFactory::forArticle);
    }

    private static DeclarationTopicEntry topic(DeclarationTopic topic) {
        Citation citation = topic.getProvision() != null ? CitationFactory.forProvision(topic.getProvision())
                : CitationFactory.forArticle(topic.getArticle());
        return new DeclarationTopicEntry(topic.getKey(), topic.getLabel(), topic.getDescription(), topic.getValues(),
                citation, topic.getStatus());
    }

    private static Threshold threshold(Convention convention, String key, boolean renewable) {
        Fact fact = convention.getFacts().stream().filter(f -> key.equals(f.getKey())).findFirst().orElseThrow();
        return new Threshold(key, period(fact).orElseThrow(), renewable, fact.getLabel(), fact.getValue(),
                citation(fact).orElseThrow(), fact.getStatus());
    }
}
