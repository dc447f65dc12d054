package org.rogatory.treaty;

import org.rogatory.treaty.model.VerificationStatus;

/**
 * One paragraph or sub-paragraph, in our own words. The key names the idea and never changes; the label is the
 * paragraph number as the notes give it, which may be wrong, so only {@link #citation()} may be shown to people.
 *
 * @param key the stable key, such as {@code a2-serious-crime}
 * @param article the number of the article that holds the provision
 * @param label the paragraph label with the article number, such as {@code "2(h)"}, or {@code ""} when the notes
 *            give no number
 * @param numberStatus how far the paragraph number is checked
 * @param numberApproximate true where the notes mark the number as especially doubtful
 * @param text our own plain-English summary of the provision
 * @param contentStatus how far the summary is checked
 * @param citation the citation to show: with the paragraph only when its number is verified
 */
public record ProvisionEntry(String key, int article, String label, VerificationStatus numberStatus,
        boolean numberApproximate, String text, VerificationStatus contentStatus, Citation citation) {
}
