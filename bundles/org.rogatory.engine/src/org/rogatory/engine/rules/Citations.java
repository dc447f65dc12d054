package org.rogatory.engine.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.rogatory.treaty.Citation;
import org.rogatory.treaty.CitationFormatter;

/**
 * Collects the citations of one finding from the knowledge base, formatted the one allowed way and without
 * repeats. Rules never write a citation themselves: an unverified paragraph must never reach a trainee.
 */
final class Citations {

    /** At most this many formatted citations are kept; the knowledge base cites a few hundred places. */
    private static final int MAX_KEPT = 4096;
    /**
     * Citations as {@link CitationFormatter} formats them, kept because most findings of every decision cite the
     * same few articles. A citation is an immutable value and its text depends on nothing else, so a kept text never
     * goes stale; equal citations share one entry.
     */
    private static final Map<Citation, String> TEXTS = new ConcurrentHashMap<>();

    private final Set<String> formatted = new LinkedHashSet<>();

    Citations add(Citation citation) {
        if (citation != null) {
            formatted.add(format(citation));
        }
        return this;
    }

    /** The citation as {@link CitationFormatter#format} gives it. */
    static String format(Citation citation) {
        String text = TEXTS.get(citation);
        if (text == null) {
            text = CitationFormatter.format(citation);
            if (TEXTS.size() < MAX_KEPT) {
                TEXTS.putIfAbsent(citation, text);
            }
        }
        return text;
    }

    Citations add(Optional<Citation> citation) {
        citation.ifPresent(this::add);
        return this;
    }

    Citations addAll(Citations other) {
        formatted.addAll(other.formatted);
        return this;
    }

    List<String> list() {
        return List.copyOf(new ArrayList<>(formatted));
    }
}
