package org.rogatory.model.internal.validation;

/**
 * The patterns of the format's string data types ({@code Identifier}, {@code Key}, {@code Citation}), written out by
 * hand. EMF checks these patterns with its XML Schema regular-expression engine on every value of every object, which
 * costs more than the rest of a pack's validation together. These methods answer the same question for the values
 * that match; a value they reject is handed back to EMF's check, which reports it as before.
 */
public final class ValueFormats {

    private ValueFormats() {
    }

    /**
     * Whether a value matches {@code [A-Za-z][A-Za-z0-9_\-]*}.
     *
     * @param value the value, may be null
     * @return true if it surely matches
     */
    public static boolean isIdentifier(String value) {
        if (value == null || value.isEmpty() || !isLetter(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isLetter(c) && !isDigit(c) && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a value matches {@code [a-z0-9]+(\-[a-z0-9]+)*}: lower-case words joined by single hyphens.
     *
     * @param value the value, may be null
     * @return true if it surely matches
     */
    public static boolean isKey(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        boolean afterHyphen = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if (isLower(c) || isDigit(c)) {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    /**
     * Whether a value matches {@code Art\.\s[1-9][0-9]?(\([0-9a-z]+\)){0,3}}, where {@code \s} is an XML space, tab,
     * carriage return or line feed.
     *
     * @param value the value, may be null
     * @return true if it surely matches
     */
    public static boolean isCitation(String value) {
        if (value == null || value.length() < 6 || !value.startsWith("Art.") || !isXmlSpace(value.charAt(4))) { //$NON-NLS-1$
            return false;
        }
        int i = 5;
        if (value.charAt(i) < '1' || value.charAt(i) > '9') {
            return false;
        }
        i++;
        if (i < value.length() && isDigit(value.charAt(i))) {
            i++;
        }
        int groups = 0;
        while (i < value.length()) {
            if (groups == 3 || value.charAt(i) != '(') {
                return false;
            }
            int start = ++i;
            while (i < value.length() && (isDigit(value.charAt(i)) || isLower(value.charAt(i)))) {
                i++;
            }
            if (i == start || i == value.length() || value.charAt(i) != ')') {
                return false;
            }
            i++;
            groups++;
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || isLower(c);
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
