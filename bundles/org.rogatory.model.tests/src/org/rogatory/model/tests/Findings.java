package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.rogatory.model.scenario.util.ScenarioValidator;
import org.rogatory.model.validation.ScenarioValidation;

/** Reads the diagnostics of one constraint out of a validation result. */
final class Findings {

    private Findings() {
    }

    static List<Diagnostic> of(EObject root, int code) {
        List<Diagnostic> result = new ArrayList<>();
        collect(ScenarioValidation.validate(root), code, result);
        return result;
    }

    static void assertNone(EObject root, int code) {
        List<Diagnostic> findings = of(root, code);
        assertTrue(findings.isEmpty(), () -> findings.get(0).getMessage());
    }

    /** Asserts exactly one finding, of the given severity, that names the element and says how to fix it. */
    static Diagnostic assertOne(EObject root, int code, int severity, String elementId) {
        List<Diagnostic> findings = of(root, code);
        assertEquals(1, findings.size(), findings.toString());
        Diagnostic finding = findings.get(0);
        assertEquals(severity, finding.getSeverity(), finding.getMessage());
        assertTrue(finding.getMessage().contains("\"" + elementId + "\""), finding.getMessage());
        assertTrue(finding.getMessage().contains(" Fix: "), finding.getMessage());
        assertFalse(finding.getData().isEmpty(), "the finding must carry the element for editors");
        return finding;
    }

    private static void collect(Diagnostic diagnostic, int code, List<Diagnostic> result) {
        if (ScenarioValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource()) && diagnostic.getCode() == code) {
            result.add(diagnostic);
        }
        diagnostic.getChildren().forEach(child -> collect(child, code, result));
    }
}
