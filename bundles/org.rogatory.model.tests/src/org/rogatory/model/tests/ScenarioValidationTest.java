package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.junit.jupiter.api.Test;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.scenario.ScenarioPackage;
import org.rogatory.model.validation.ScenarioConstraints;
import org.rogatory.model.validation.ScenarioValidation;

/**
 * The engine validates every scenario before a run; the packs the tests build on must pass, or the constraint tests'
 * "holds" cases would prove nothing, and validating must not change what other plug-ins get from EMF's registry.
 */
class ScenarioValidationTest {

    @Test
    void minimalPackAndScenarioAreValid() {
        MinimalPack minimal = new MinimalPack();
        assertOk(ScenarioValidation.validate(minimal.pack));
        assertOk(ScenarioValidation.validate(minimal.scenario));
    }

    @Test
    void committedFixturesAreValid() throws LoadException {
        ScenarioLoader loader = new ScenarioLoader();
        assertOk(ScenarioValidation.validate(loader.loadPack(Fixtures.source("every-instrument"))));
        assertOk(ScenarioValidation.validate(loader.loadPack(Fixtures.source("minimal"))));
    }

    @Test
    void aListWithTooFewEntriesIsReportedInAnAuthorsWords() {
        MinimalPack minimal = new MinimalPack();
        minimal.pack.getScenarios().clear();

        Diagnostic diagnostic = ScenarioValidation.validate(minimal.pack);

        String messages = diagnostic.getChildren().stream().map(Diagnostic::getMessage)
                .collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(messages.contains("The pack " + minimal.pack.getId() + " needs at least 1 scenarios, but has 0."),
                messages);
        assertFalse(messages.contains("Impl@"), messages);
    }

    @Test
    void validationLeavesTheGlobalRegistryAlone() {
        Object before = EValidator.Registry.INSTANCE.get(ScenarioPackage.eINSTANCE);

        ScenarioValidation.validate(new MinimalPack().scenario);

        assertEquals(before, EValidator.Registry.INSTANCE.get(ScenarioPackage.eINSTANCE));
        assertFalse(
                EValidator.Registry.INSTANCE.getEValidator(ScenarioPackage.eINSTANCE) instanceof ScenarioConstraints);
    }

    private static void assertOk(Diagnostic diagnostic) {
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> diagnostic.getChildren().toString());
    }
}
