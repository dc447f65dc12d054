package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.ScenarioLoader;

/**
 * Equal text values of one load share one string, including those of the format's own data types (ids, citations,
 * dates), which EMF's factory would copy: a large pack repeats them hundreds of thousands of times.
 */
class SharedValuesTest {

    @Test
    void equalTextValuesOfOneLoadAreOneString() throws LoadException {
        LoadedPack loaded = new ScenarioLoader().loadPack(Fixtures.source("every-instrument"));
        Map<String, String> first = new HashMap<>();
        int repeats = 0;
        for (EObject root : List.of((EObject) loaded.pack(), loaded.scenarios().get(0))) {
            List<EObject> all = new java.util.ArrayList<>(List.of(root));
            root.eAllContents().forEachRemaining(all::add);
            for (EObject object : all) {
                for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                    if (attribute.getEAttributeType().getInstanceClass() != String.class || !object.eIsSet(attribute)) {
                        continue;
                    }
                    List<?> values = attribute.isMany() ? (List<?>) object.eGet(attribute)
                            : List.of(object.eGet(attribute));
                    for (Object value : values) {
                        String text = (String) value;
                        String earlier = first.putIfAbsent(text, text);
                        if (earlier != null) {
                            assertSame(earlier, text, attribute.getName() + " '" + text + "'");
                            repeats++;
                        }
                    }
                }
            }
        }
        assertTrue(repeats > 10, repeats + " repeated values");
    }
}
