package org.rogatory.engine.session;

import java.util.List;

/**
 * What the trainee supplies with an action beyond choosing it: the request elements they put into a request they draft
 * themselves (knowledge-base keys such as {@code intent-to-submit-mla}). Empty for actions that are not drafted.
 */
public record ActionInput(List<String> requestElements) {

    /** An action taken as it is, with nothing drafted. */
    public static final ActionInput NONE = new ActionInput(List.of());

    /** Copies the list so the recorded decision cannot change afterwards. */
    public ActionInput {
        requestElements = List.copyOf(requestElements);
    }
}
