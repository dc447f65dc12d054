package org.rogatory.ui.internal.treaty;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the article a citation points to, as feedback and debriefs print citations ("Art. 42", "Art. 2(h)",
 * "Arts. 49-50"), so that any view can link a citation to the Treaty Browser without knowing its format.
 */
public final class CitationTarget {

    /** "Art." or "Arts." (any case, the dot optional) then the number; or a bare number. */
    private static final Pattern ARTICLE = Pattern.compile("^\\s*(?:arts?\\.?\\s*)?(\\d{1,3})", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);

    private CitationTarget() {
    }

    /**
     * The article a citation names: the article itself, or the first article of a range.
     *
     * @param citation a citation such as "Art. 42(1)", or null
     * @return the article number, or empty when the text is not a citation
     */
    public static OptionalInt article(String citation) {
        if (citation == null) {
            return OptionalInt.empty();
        }
        Matcher matcher = ARTICLE.matcher(citation);
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }
}
