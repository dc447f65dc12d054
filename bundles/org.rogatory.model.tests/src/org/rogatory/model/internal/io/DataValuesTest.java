package org.rogatory.model.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EDataType;
import org.junit.jupiter.api.Test;
import org.rogatory.model.scenario.ScenarioFactory;
import org.rogatory.model.scenario.ScenarioPackage;

/**
 * The loader reads text and integer values without the factory's reflection ({@link DataValues}); these tests check
 * that it reads exactly the types the factory reads by reflection, and that it gives the factory's value (an equal
 * string, the same number) or the factory's exception and message for ordinary, edge-case and random texts.
 */
class DataValuesTest {

    @Test
    void readsTheFormatsPlainTextAndIntegerTypesOnly() {
        Set<String> names = DataValues.types().stream().map(EDataType::getName).collect(Collectors.toSet());
        assertEquals(Set.of("Identifier", "Key", "Citation", "IsoDate", "IsoDateTime", "LanguageTag", "Version",
                "Minutes", "Days", "Months", "Weight"), names);
        assertTrue(DataValues.handles(ScenarioFactory.eINSTANCE, ScenarioPackage.Literals.IDENTIFIER));
        assertFalse(DataValues.handles(ScenarioFactory.eINSTANCE, ScenarioPackage.Literals.INSTRUMENT));
        assertTrue(DataValues.handles(ScenarioFactory.eINSTANCE, ScenarioPackage.Literals.MINUTES));
    }

    @Test
    void answersLikeTheFactory() {
        List<String> texts = new ArrayList<>(List.of("0", "1", "60", "1440", "-5", "+7", "007", "2147483647",
                "-2147483648", "2147483648", "", " 5", "5 ", "5.0", "1e3", "abc", "0x10", "\u0663\u0664", "--1", "+",
                "-", "12\u00a0", "Art. 42", "case-0001", "2026-01-01T09:00", "en", "1.0.0"));
        Random random = new Random(20261125);
        for (int i = 0; i < 2_000; i++) {
            texts.add(Integer.toString(random.nextInt()));
            StringBuilder noise = new StringBuilder();
            for (int j = random.nextInt(6); j > 0; j--) {
                noise.append("0123456789+- .x".charAt(random.nextInt(15)));
            }
            texts.add(noise.toString());
        }
        for (EDataType type : DataValues.types()) {
            for (String text : texts) {
                assertEquals(viaFactory(type, text), viaLoader(type, text), type.getName() + " '" + text + "'");
            }
        }
    }

    private static String viaFactory(EDataType type, String text) {
        try {
            Object value = ScenarioFactory.eINSTANCE.createFromString(type, text);
            return "value " + value.getClass().getName() + " " + value;
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage() + " / " + describe(e.getCause());
        }
    }

    private static String viaLoader(EDataType type, String text) {
        try {
            Object value = DataValues.read(type, text);
            return "value " + value.getClass().getName() + " " + value;
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage() + " / " + describe(e.getCause());
        }
    }

    private static String describe(Throwable cause) {
        return cause == null ? "no cause" : cause.toString();
    }
}
