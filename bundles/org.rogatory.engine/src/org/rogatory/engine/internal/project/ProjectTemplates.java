package org.rogatory.engine.internal.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The files of a pack project, kept as templates beside this class so they read like the files they become. A template
 * marks each value as {@code @@NAME@@}, which neither Maven ({@code ${...}}) nor Eclipse ({@code %key}) uses.
 */
public final class ProjectTemplates {

    private ProjectTemplates() {
    }

    /**
     * Fills a template.
     *
     * @param name the template's file name beside this class, e.g. {@code pom.xml.template}
     * @param values the values by name, already escaped for the target file
     * @return the filled template
     * @throws IOException if the template is missing from the bundle
     */
    public static String fill(String name, Map<String, String> values) throws IOException {
        String text;
        try (InputStream in = ProjectTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("@@" + value.getKey() + "@@", value.getValue()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return text;
    }

    /**
     * Escapes a value for a {@code .properties} file, which Eclipse reads as ISO-8859-1: everything outside ASCII
     * becomes a {@code \\uXXXX} escape, and line breaks and backslashes are escaped.
     *
     * @param value the value
     * @return the escaped value
     */
    public static String property(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\\\"); //$NON-NLS-1$
                case '\n' -> escaped.append("\\n"); //$NON-NLS-1$
                case '\r' -> escaped.append("\\r"); //$NON-NLS-1$
                case '\t' -> escaped.append("\\t"); //$NON-NLS-1$
                default -> escaped.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : c); //$NON-NLS-1$
            }
        }
        return escaped.toString();
    }
}
