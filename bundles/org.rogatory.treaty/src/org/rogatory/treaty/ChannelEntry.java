package org.rogatory.treaty;

import java.util.List;

import org.rogatory.treaty.model.VerificationStatus;

/**
 * A way a request or an order travels (24/7 point of contact, central authority, diplomatic channel, INTERPOL...).
 * Picking the channel is a decision the trainee is judged on, so the knowledge base describes each one.
 *
 * @param key the stable key, such as {@code central-authority}
 * @param label the name shown to people
 * @param description what the channel is and when it is used
 * @param articles the numbers of the articles that provide for the channel
 * @param status how far the description is checked
 */
public record ChannelEntry(String key, String label, String description, List<Integer> articles,
        VerificationStatus status) {

    /**
     * Copies the article list, so the entry stays immutable.
     */
    public ChannelEntry {
        articles = List.copyOf(articles);
    }
}
