package org.rogatory.model.internal.io;

import java.util.Map;

/** Equal strings of one load kept once: the XMI reader and the image reader share values through the same map. */
final class SharedStrings {

    private SharedStrings() {
    }

    /**
     * Gives the string of the load equal to a text, entering the text if it is the first.
     *
     * @param shared the load's thread-safe map, or {@code null} when the load shares nothing
     * @param text the text just read, or {@code null}
     * @return the shared string, or the text itself
     */
    static String share(Map<String, String> shared, String text) {
        if (shared == null || text == null) {
            return text;
        }
        // Most values were seen before: a plain look-up takes no lock, putIfAbsent would lock the map's bin.
        String known = shared.get(text);
        if (known == null) {
            known = shared.putIfAbsent(text, text);
        }
        return known != null ? known : text;
    }
}
