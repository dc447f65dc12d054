package org.rogatory.ui.internal.debrief;

/**
 * Builds HTML text with every piece of content escaped. Scenario packs are written by third parties and decisions
 * quote the trainee's choices, so no text may reach the report as markup.
 */
@SuppressWarnings("nls") // markup and entities only
final class Html {

    private final StringBuilder out = new StringBuilder();

    /**
     * Escapes text for use in element content and in quoted attribute values. Control characters other than tab and
     * line breaks cannot appear in HTML, so they become the replacement character.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '\t', '\n' -> escaped.appendCodePoint(c);
                case '\r' -> { /* line endings are always \n, so the output is the same on every platform */ }
                default -> escaped.appendCodePoint(c < 0x20 || c == 0x7f ? 0xfffd : c);
            }
        });
        return escaped.toString();
    }

    /** Appends markup written in this bundle, never content. */
    Html markup(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends content, escaped. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Appends an element holding escaped text: {@code <tag class="...">text</tag>}. */
    Html element(String tag, String cssClass, String text) {
        out.append('<').append(tag);
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
