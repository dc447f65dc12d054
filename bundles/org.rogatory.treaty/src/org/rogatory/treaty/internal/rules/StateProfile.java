package org.rogatory.treaty.internal.rules;

import java.util.List;

import org.rogatory.model.scenario.ConventionStatus;
import org.rogatory.model.scenario.Declaration;
import org.rogatory.model.scenario.State;

/**
 * Reads what the rules need from a scenario State: its name, its status and its declarations by topic. A State may
 * be nameless in a half-written pack, so names fall back to the code, the id, then a neutral phrase.
 */
final class StateProfile {

    private StateProfile() {
    }

    static String name(State state, String fallback) {
        if (state == null) {
            return fallback;
        }
        for (String candidate : new String[] { state.getName(), state.getCode(), state.getId() }) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return fallback;
    }

    static boolean isParty(State state) {
        return state.getConventionStatus() == ConventionStatus.PARTY;
    }

    static boolean declares(State state, String topic) {
        return state != null && state.getDeclarations().stream().anyMatch(d -> topic.equals(d.getTopic()));
    }

    static List<String> values(State state, String topic) {
        if (state == null) {
            return List.of();
        }
        return state.getDeclarations().stream().filter(d -> topic.equals(d.getTopic()))
                .flatMap((Declaration d) -> d.getValues().stream()).toList();
    }
}
