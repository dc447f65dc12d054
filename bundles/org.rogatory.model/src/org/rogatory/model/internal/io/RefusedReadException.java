package org.rogatory.model.internal.io;

import java.io.IOException;

/**
 * Signals that the loader refused to read something on purpose (the network, a file outside the pack), as opposed to a
 * file that is merely missing, so the report can say that this is a safety rule and not a broken disk.
 */
public final class RefusedReadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String target;
    private final String hint;

    /**
     * Creates the exception.
     *
     * @param target what was asked for, as the author wrote it or as close to it as known
     * @param reason why it was refused, in plain English
     * @param hint how the author avoids it
     */
    public RefusedReadException(String target, String reason, String hint) {
        super(reason);
        this.target = target;
        this.hint = hint;
    }

    /**
     * Says what was refused.
     *
     * @return the refused location
     */
    public String getTarget() {
        return target;
    }

    /**
     * Says how to avoid the refusal.
     *
     * @return the hint
     */
    public String getHint() {
        return hint;
    }
}
