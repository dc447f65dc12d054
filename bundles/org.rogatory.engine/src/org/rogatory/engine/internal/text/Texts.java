package org.rogatory.engine.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;

/**
 * Fills in the placeholders of a message template exactly as {@link NLS#bind} does, but reads each template once
 * instead of at every call. The engine writes an explanation for most rules at every decision, and a grading batch
 * makes hundreds of thousands of decisions; {@link NLS#bind} goes through the template character by character and
 * parses every placeholder's number each time, which was a sixth of the grading time.
 * <p>
 * The rules of {@link NLS#bind} are kept to the letter: {@code {n}} is the n-th argument ({@code String.valueOf},
 * so {@code "null"} for null) or {@code <missing argument>} when there is none; a doubled quote is a quote; text
 * between two single quotes is copied as it stands, braces included; a quote or brace with no partner is copied.
 * A template whose placeholder is not a number is left to {@link NLS#bind} itself, which refuses it. The templates
 * are the engine's externalized messages, so the cache of read templates is small; it is a pure function of the
 * template text and never changes an answer. {@code TextsTest} compares both on every engine message and on random
 * templates.
 */
public final class Texts {

    /** What {@link NLS#bind} writes for a placeholder without an argument. */
    private static final String MISSING = "<missing argument>"; //$NON-NLS-1$
    /** At most this many templates are kept; a caller that makes templates on the fly gets {@link NLS#bind}. */
    private static final int MAX_TEMPLATES = 4096;
    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();
    /** Marks a template that only {@link NLS#bind} may fill in. */
    private static final Template IRREGULAR = new Template(new String[0], new int[0], 0);

    private Texts() {
    }

    /** As {@link NLS#bind(String, Object)}. */
    public static String bind(String template, Object binding) {
        Template read = read(template);
        if (read == IRREGULAR) {
            return NLS.bind(template, binding);
        }
        return read.fill(String.valueOf(binding), null, null);
    }

    /** As {@link NLS#bind(String, Object, Object)}. */
    public static String bind(String template, Object binding1, Object binding2) {
        Template read = read(template);
        if (read == IRREGULAR) {
            return NLS.bind(template, binding1, binding2);
        }
        return read.fill(String.valueOf(binding1), String.valueOf(binding2), null);
    }

    /** As {@link NLS#bind(String, Object[])}. */
    public static String bind(String template, Object[] bindings) {
        Template read = read(template);
        if (read == IRREGULAR) {
            return NLS.bind(template, bindings);
        }
        return read.fill(null, null, bindings == null ? new Object[0] : bindings);
    }

    private static Template read(String template) {
        if (template == null) {
            return IRREGULAR;
        }
        Template known = TEMPLATES.get(template);
        if (known == null) {
            known = Template.parse(template);
            if (TEMPLATES.size() < MAX_TEMPLATES) {
                TEMPLATES.putIfAbsent(template, known);
            }
        }
        return known;
    }

    /**
     * A template read once: literal text between placeholders. {@code texts[i]} comes before placeholder
     * {@code numbers[i]}, and the last text after the last placeholder.
     */
    private record Template(String[] texts, int[] numbers, int length) {

        /** Reads the template as {@link NLS#bind} does; {@link Texts#IRREGULAR} if a placeholder is no number. */
        static Template parse(String message) {
            List<String> texts = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            int length = message.length();
            for (int i = 0; i < length; i++) {
                char c = message.charAt(i);
                switch (c) {
                    case '{' -> {
                        int close = message.indexOf('}', i);
                        if (close == -1 || i + 1 >= length) {
                            text.append(c);
                            break;
                        }
                        int number;
                        try {
                            number = Integer.parseInt(message.substring(i + 1, close));
                        } catch (NumberFormatException e) {
                            return IRREGULAR;
                        }
                        texts.add(text.toString());
                        text.setLength(0);
                        numbers.add(number);
                        i = close;
                    }
                    case '\'' -> {
                        int next = i + 1;
                        if (next >= length) {
                            text.append(c);
                            break;
                        }
                        if (message.charAt(next) == '\'') {
                            text.append(c);
                            i++;
                            break;
                        }
                        int close = message.indexOf('\'', next);
                        if (close == -1) {
                            text.append(c);
                            break;
                        }
                        text.append(message, next, close);
                        i = close;
                    }
                    default -> text.append(c);
                }
            }
            texts.add(text.toString());
            int total = 0;
            for (String t : texts) {
                total += t.length();
            }
            return new Template(texts.toArray(String[]::new), numbers.stream().mapToInt(Integer::intValue).toArray(),
                    total);
        }

        /**
         * Fills the placeholders: with {@code zero} and {@code one} for {0} and {1} when they are given (the one- and
         * two-argument forms), else from {@code bindings}.
         */
        String fill(String zero, String one, Object[] bindings) {
            if (numbers.length == 0) {
                return texts[0];
            }
            StringBuilder out = new StringBuilder(length + 16 * numbers.length);
            for (int i = 0; i < numbers.length; i++) {
                out.append(texts[i]);
                int number = numbers[i];
                if (number == 0 && zero != null) {
                    out.append(zero);
                } else if (number == 1 && one != null) {
                    out.append(one);
                } else if (bindings == null || number < 0 || number >= bindings.length) {
                    out.append(MISSING);
                } else {
                    out.append(bindings[number]);
                }
            }
            return out.append(texts[numbers.length]).toString();
        }
    }
}
