package org.rogatory.engine.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rogatory.treaty.Citation;
import org.rogatory.treaty.CitationFormatter;

/**
 * Collects the citations of one finding from the knowledge base, formatted the one allowed way and without
 * repeats. Rules never write a citation themselves: an unverified paragraph must never reach a trainee.
 */
final class Citations {

    private final Set<String> formatted = new LinkedHashSet<>();

    Citations add(Citation citation) {
        if (citation != null) {
            formatted.add(CitationFormatter.format(citation));
        }
        return this;
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
