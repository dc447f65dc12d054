package org.rogatory.engine.journal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rogatory.engine.internal.journal.JsonFields;

/**
 * The hand-written checks of {@link JsonFields} must accept exactly what the regular expressions they replaced
 * accepted, since they decide which transcripts and journals are refused and how a refused field's path is written.
 */
class JsonFieldsTest {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,18})"); //$NON-NLS-1$
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*"); //$NON-NLS-1$
    private static final String ALPHABET = "0123456789-+.eE_aZz9 '\u0660\u00e9"; //$NON-NLS-1$

    @ParameterizedTest
    @ValueSource(strings = { "", "0", "-0", "00", "-00", "01", "-01", "7", "-7", "42", "1234567890123456789",
            "-1234567890123456789", "12345678901234567890", "9223372036854775807", "9999999999999999999", "-", "--1",
            "+1", "1.0", "1e3", " 1", "1 ", "\u0661", "a", "_" })
    void wholeNumbersAreRecognisedLikeThePattern(String text) {
        assertEquals(WHOLE_NUMBER.matcher(text).matches(), JsonFields.isWholeNumber(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "a", "Z", "_", "_1", "a1_b", "1a", "requestElements", "my-key", "my key", "\u00e9t\u00e9",
            "a.b", "a'b", "A_Z_09" })
    void namesAreRecognisedLikeThePattern(String key) {
        assertEquals(NAME.matcher(key).matches(), JsonFields.isName(key), key);
    }

    @Test
    void randomStringsAreJudgedLikeThePatterns() {
        Random random = new Random(20261125L);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(22);
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = text.toString();
            assertEquals(WHOLE_NUMBER.matcher(s).matches(), JsonFields.isWholeNumber(s), s);
            assertEquals(NAME.matcher(s).matches(), JsonFields.isName(s), s);
        }
    }

    @Test
    void childPathsQuoteKeysThatAreNotNames() {
        assertEquals("$.seed", JsonFields.child(JsonFields.ROOT, "seed")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("$.actions['my-key']", JsonFields.child("$.actions", "my-key")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("$['it\\'s']", JsonFields.child(JsonFields.ROOT, "it's")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
