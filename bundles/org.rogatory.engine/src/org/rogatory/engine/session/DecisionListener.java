package org.rogatory.engine.session;

import java.io.IOException;

/**
 * Told of every decision after it is evaluated and before it takes effect. The session journal implements this to make
 * a decision durable before the trainee sees its result; when it throws, the session leaves the decision undone.
 */
@FunctionalInterface
public interface DecisionListener {

    /** A listener for sessions nothing needs to record (previews, tests). */
    DecisionListener NONE = decision -> {
        // nothing to record
    };

    /** Records {@code decision}; throws when it could not, so that the session does not apply it. */
    void decided(Decision decision) throws IOException;
}
