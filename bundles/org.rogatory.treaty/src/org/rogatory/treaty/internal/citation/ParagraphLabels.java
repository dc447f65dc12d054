package org.rogatory.treaty.internal.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the paragraph labels of the data. A label carries the article number ("2(h)") and sometimes names several
 * paragraphs at once ("23(2)(b),(c)", "40(4)-(5)"); citations need the paragraph part alone, and validation needs
 * every single paragraph a label covers.
 */
public final class ParagraphLabels {

    /** "(4)-(5)" at the end of a label: a range of numbered paragraphs. */
    private static final Pattern RANGE = Pattern.compile("^(.*)\\((\\d+)\\)-\\((\\d+)\\)$"); //$NON-NLS-1$

    /** "(b),(c)" at the end of a label: a list of sibling items. */
    private static final Pattern LIST = Pattern.compile("^(.*?)(\\([0-9a-z]+\\)(?:,\\([0-9a-z]+\\))+)$"); //$NON-NLS-1$

    private ParagraphLabels() {
    }

    /**
     * The paragraph part of a label, without the article number.
     *
     * @param label a label such as {@code "2(h)"}, {@code "64"} or {@code ""}, possibly null
     * @param article the number of the article that holds the provision
     * @return the part after the article number, such as {@code "(h)"}, or {@code ""} for the whole article
     */
    public static String paragraphPart(String label, int article) {
        if (label == null || label.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        String number = Integer.toString(article);
        return label.startsWith(number) ? label.substring(number.length()) : label;
    }

    /**
     * Whether a label belongs to an article: it starts with the number and continues with a paragraph or nothing.
     *
     * @param label the label
     * @param article the article number
     * @return true when the label is well formed for the article
     */
    public static boolean belongsTo(String label, int article) {
        String number = Integer.toString(article);
        return label.startsWith(number)
                && (label.length() == number.length() || label.charAt(number.length()) == '(');
    }

    /**
     * The single paragraphs a paragraph part covers, so "(2)(b),(c)" answers to "(2)(b)" and "(2)(c)".
     *
     * @param paragraph a paragraph part such as {@code "(4)-(5)"}
     * @return each paragraph it names, in order; the part itself when it names one
     */
    public static List<String> expand(String paragraph) {
        List<String> result = new ArrayList<>();
        Matcher range = RANGE.matcher(paragraph);
        Matcher list = LIST.matcher(paragraph);
        if (range.matches()) {
            int from = Integer.parseInt(range.group(2));
            int to = Integer.parseInt(range.group(3));
            for (int i = from; i <= to; i++) {
                result.add(range.group(1) + '(' + i + ')');
            }
        } else if (list.matches()) {
            for (String item : list.group(2).split(",")) { //$NON-NLS-1$
                result.add(list.group(1) + item);
            }
        } else {
            result.add(paragraph);
        }
        return result;
    }

    /**
     * Whether a cited paragraph is, or contains, a paragraph a label covers. "(1)" is found through "(1)(a)": a
     * verified sub-paragraph proves its parent paragraph exists.
     *
     * @param covered a single paragraph from {@link #expand(String)}
     * @param cited the paragraph part an author wrote
     * @return true when the label covers the cited paragraph or a sub-paragraph of it
     */
    public static boolean covers(String covered, String cited) {
        return covered.equals(cited) || covered.startsWith(cited + '(');
    }
}
