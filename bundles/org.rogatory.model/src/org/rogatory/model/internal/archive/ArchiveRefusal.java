package org.rogatory.model.internal.archive;

/**
 * Why an archive is refused, before the public layer knows the archive's file name: the entry at fault (or none when
 * the whole archive is), what is wrong and the fix.
 */
public final class ArchiveRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final String entry;
    private final String hint;

    /**
     * Creates the refusal.
     *
     * @param entry the entry at fault, or {@code null} for the archive as a whole
     * @param message what is wrong
     * @param hint how to fix it
     */
    public ArchiveRefusal(String entry, String message, String hint) {
        super(message);
        this.entry = entry;
        this.hint = hint;
    }

    /** @return the entry at fault, or {@code null} for the whole archive */
    public String entry() {
        return entry;
    }

    /** @return how to fix it */
    public String hint() {
        return hint;
    }
}
