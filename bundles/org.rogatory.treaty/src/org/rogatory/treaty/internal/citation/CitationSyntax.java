package org.rogatory.treaty.internal.citation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads citations as authors write them: "Art. 42", "Art. 2(h)", "Article 40(21)(b)", "Arts. 49-50". It accepts the
 * usual spellings of the prefix, so that authors are corrected on substance (does the paragraph exist, is it
 * verified) rather than on punctuation.
 */
public final class CitationSyntax {

    private static final String PREFIX = "\\s*art(?:icles?|s)?\\.?\\s*"; //$NON-NLS-1$

    private static final Pattern SINGLE = Pattern.compile(
            "^" + PREFIX + "(\\d{1,3})((?:\\s*\\([0-9a-z]+\\))*)\\s*$", //$NON-NLS-1$ //$NON-NLS-2$
            Pattern.CASE_INSENSITIVE);

    private static final Pattern RANGE = Pattern.compile(
            "^" + PREFIX + "(\\d{1,3})\\s*[-\u2013]\\s*(\\d{1,3})\\s*$", //$NON-NLS-1$ //$NON-NLS-2$
            Pattern.CASE_INSENSITIVE);

    /**
     * What a citation says before it is checked against the knowledge base.
     *
     * @param firstArticle the article, or the first of a range
     * @param lastArticle the same article, or the last of a range
     * @param paragraph the paragraph part in lower case without spaces, such as {@code "(3)(a)"}, or {@code ""}
     */
    public record Parsed(int firstArticle, int lastArticle, String paragraph) {

        /**
         * Whether the citation names several articles.
         *
         * @return true for a range
         */
        public boolean isRange() {
            return firstArticle != lastArticle;
        }
    }

    private CitationSyntax() {
    }

    /**
     * Parses a citation.
     *
     * @param text what the author wrote
     * @return the parsed citation, or empty when the text is not a citation
     */
    public static Optional<Parsed> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = text.replace('\u00a0', ' ');
        Matcher single = SINGLE.matcher(normalized);
        if (single.matches()) {
            int article = Integer.parseInt(single.group(1));
            String paragraph = single.group(2).replaceAll("\\s", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
            return Optional.of(new Parsed(article, article, paragraph));
        }
        Matcher range = RANGE.matcher(normalized);
        if (range.matches()) {
            return Optional.of(new Parsed(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)), "")); //$NON-NLS-1$
        }
        return Optional.empty();
    }
}
