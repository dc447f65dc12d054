package org.rogatory.engine.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rogatory.engine.internal.text.Texts;

/**
 * {@link Texts} must fill in every template exactly as {@link NLS#bind} does, since it writes the explanations that
 * debriefs and golden files show: on every message of the engine, on templates with quotes, braces and placeholders
 * without arguments, and on 20,000 random templates, with one, two and any number of arguments.
 */
class TextsTest {

    private static final String[] MESSAGE_CLASSES = { "org.rogatory.engine.Messages", //$NON-NLS-1$
            "org.rogatory.engine.debrief.Messages", "org.rogatory.engine.evaluation.Messages", //$NON-NLS-1$ //$NON-NLS-2$
            "org.rogatory.engine.grading.Messages", "org.rogatory.engine.internal.journal.Messages", //$NON-NLS-1$ //$NON-NLS-2$
            "org.rogatory.engine.internal.session.Messages", "org.rogatory.engine.packs.Messages", //$NON-NLS-1$ //$NON-NLS-2$
            "org.rogatory.engine.rules.Messages", "org.rogatory.engine.validation.Messages" }; //$NON-NLS-1$ //$NON-NLS-2$
    private static final Object[][] ARGUMENTS = { {}, { "Arland" }, { "Arland", "Borduria" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            { "Arland", null, Integer.valueOf(12) }, { null }, { "a{0}b", "it's", "x", "y" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    @Test
    void everyEngineMessageIsFilledInAsNlsDoes() throws Exception {
        List<String> templates = new ArrayList<>();
        for (String name : MESSAGE_CLASSES) {
            for (Field field : Class.forName(name).getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    field.setAccessible(true);
                    templates.add((String) field.get(null));
                }
            }
        }
        assertTrue(templates.size() > 100, templates.size() + " messages");
        templates.forEach(TextsTest::assertSameAsNls);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "plain", "{0}", "{1}", "{2}", "{0}{1}{0}", "it''s {0}", "'{0}' is {0}", "'", "''",
            "'''", "a'b", "'unclosed {0}", "{", "}", "}{0}{", "{0", "{-1}", "{+1}", "{007}", "{0}'", "x{1}y{3}z",
            "{9999999999}", "{x}", "{}", "{ 0}", "{0}{x}" })
    void awkwardTemplatesAreFilledInAsNlsDoes(String template) {
        assertSameAsNls(template);
    }

    @Test
    void randomTemplatesAreFilledInAsNlsDoes() {
        Random random = new Random(20261125L);
        String alphabet = "{}'012 a-"; //$NON-NLS-1$
        for (int i = 0; i < 20_000; i++) {
            StringBuilder template = new StringBuilder();
            int length = random.nextInt(14);
            for (int j = 0; j < length; j++) {
                template.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameAsNls(template.toString());
        }
    }

    @Test
    void aMissingTemplateIsReportedAsNlsDoes() {
        assertEquals(NLS.bind(null, "x"), Texts.bind(null, "x")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(NLS.bind(null, new Object[0]), Texts.bind(null, new Object[0]));
        assertEquals(NLS.bind("{0}", (Object[]) null), Texts.bind("{0}", (Object[]) null)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void assertSameAsNls(String template) {
        for (Object[] arguments : ARGUMENTS) {
            assertSame(template, () -> NLS.bind(template, arguments), () -> Texts.bind(template, arguments));
            if (arguments.length >= 1) {
                assertSame(template, () -> NLS.bind(template, arguments[0]), () -> Texts.bind(template, arguments[0]));
            }
            if (arguments.length >= 2) {
                assertSame(template, () -> NLS.bind(template, arguments[0], arguments[1]),
                        () -> Texts.bind(template, arguments[0], arguments[1]));
            }
        }
    }

    /** Both give the same text, or both refuse the template with the same kind of exception. */
    private static void assertSame(String template, Supplier<String> nls, Supplier<String> texts) {
        String expected;
        try {
            expected = nls.get();
        } catch (RuntimeException e) {
            Class<?> kind = e.getClass();
            try {
                String got = texts.get();
                throw new AssertionError(template + ": NLS refused it (" + e + "), Texts gave " + got); //$NON-NLS-1$ //$NON-NLS-2$
            } catch (RuntimeException f) {
                assertEquals(kind, f.getClass(), template);
                return;
            }
        }
        assertEquals(expected, texts.get(), template);
    }
}
