package org.rogatory.engine.rules;

import java.util.List;

import org.rogatory.model.scenario.Actor;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.Offence;
import org.rogatory.model.scenario.State;

/**
 * How explanations name States, offences, persons and data. A half-written pack may leave a name empty, so each
 * falls back to a code or the id rather than printing "null" to a trainee.
 */
final class Names {

    private Names() {
    }

    static String of(State state) {
        if (state == null) {
            return Messages.Name_otherState;
        }
        return first(state.getName(), state.getCode(), state.getId());
    }

    static String of(Offence offence) {
        String conduct = offence.getConduct() == null ? null : offence.getConduct().getName();
        return first(offence.getName(), conduct, offence.getId());
    }

    static String of(Actor actor) {
        return first(actor.getName(), actor.getId());
    }

    static String of(DataItem item) {
        return first(item.getName(), item.getId());
    }

    /** Joins names for a sentence ("A, B"), the way every rule lists things. */
    static String join(List<String> names) {
        return String.join(Messages.Name_separator, names);
    }

    /** Joins longer phrases that may hold commas themselves ("A; B"), such as request elements. */
    static String joinPhrases(List<String> phrases) {
        return String.join(Messages.Name_phraseSeparator, phrases);
    }

    /** Lowers the first letter, so a label from the knowledge base reads inside a sentence. */
    static String inSentence(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && !Character.isUpperCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return ""; //$NON-NLS-1$
    }
}
