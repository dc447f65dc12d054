package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.junit.jupiter.api.Test;
import org.rogatory.model.l10n.EnumLabels;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.ScenarioPackage;

/** Every value an author or a trainee can see has words of its own, and no two values of a type share them. */
class EnumLabelsTest {

    @Test
    void everyLiteralOfEveryEnumHasItsOwnDistinctLabel() {
        List<String> missing = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        int literals = 0;
        for (EClassifier classifier : ScenarioPackage.eINSTANCE.getEClassifiers()) {
            if (!(classifier instanceof EEnum type)) {
                continue;
            }
            Set<String> labels = new HashSet<>();
            for (Object value : type.getInstanceClass().getEnumConstants()) {
                Enum<?> literal = (Enum<?>) value;
                literals++;
                if (!EnumLabels.hasLabel(literal)) {
                    missing.add(type.getName() + '.' + literal.name());
                }
                if (!labels.add(EnumLabels.of(literal))) {
                    shared.add(type.getName() + '.' + literal.name());
                }
            }
        }
        assertTrue(literals > 100, "expected the model's enums, found " + literals + " literals");
        assertEquals(List.of(), missing, "literals without a label in enums.properties");
        assertEquals(List.of(), shared, "literals whose label another literal of the same type already has");
    }

    @Test
    void aLabelIsTheWordsOfEnumsPropertiesAndNullHasNone() {
        assertEquals("Request for expedited preservation", EnumLabels.of(Instrument.PRESERVATION_REQUEST));
        assertEquals("", EnumLabels.of(null));
    }
}
