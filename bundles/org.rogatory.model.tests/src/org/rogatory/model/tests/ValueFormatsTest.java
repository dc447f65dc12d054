package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EValidator.PatternMatcher;
import org.junit.jupiter.api.Test;
import org.rogatory.model.internal.validation.ValueFormats;
import org.rogatory.model.scenario.util.ScenarioValidator;

/**
 * The hand-written checks of the string data types must accept exactly what the patterns of {@code scenario.ecore}
 * accept, as EMF's XML Schema engine reads them: they are compared on chosen edge cases and on random strings.
 */
class ValueFormatsTest {

    private static final String ALPHABET = "aAzZ09_-().\t\n\r xé";

    private static void agree(Predicate<String> byHand, PatternMatcher[][] pattern, List<String> values) {
        for (String value : values) {
            assertEquals(pattern[0][0].matches(value), byHand.test(value), () -> "'" + value + "'");
        }
    }

    private static List<String> samples(List<String> chosen, String alphabet, long seed) {
        List<String> values = new ArrayList<>(chosen);
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            values.add(value.toString());
        }
        return values;
    }

    @Test
    void identifiersAgreeWithThePattern() {
        agree(ValueFormats::isIdentifier, ScenarioValidator.IDENTIFIER__PATTERN__VALUES, samples(
                List.of("", "a", "A1", "1a", "_a", "-a", "a-b_c", "a b", "é", "aé", "a\n"), ALPHABET, 1));
    }

    @Test
    void keysAgreeWithThePattern() {
        agree(ValueFormats::isKey, ScenarioValidator.KEY__PATTERN__VALUES, samples(
                List.of("", "a", "a-b", "a--b", "-a", "a-", "A", "a_b", "ab-12-c", "0"), "ab09-_A", 2));
    }

    @Test
    void citationsAgreeWithThePattern() {
        agree(ValueFormats::isCitation, ScenarioValidator.CITATION__PATTERN__VALUES, samples(
                List.of("", "Art.", "Art. ", "Art. 1", "Art. 0", "Art. 10", "Art. 100", "Art.\t29", "Art.\n29",
                        "Art.  29", "Art. 29(1)", "Art. 29(1)(a)(ii)", "Art. 29(1)(a)(ii)(b)", "Art. 29()",
                        "Art. 29(A)", "Art. 29(1", "Art.29", "art. 29", "Art. 29 (1)"),
                "Art. 0129()ab\tA", 3));
    }
}
