package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rogatory.model.scenario.State;
import org.rogatory.model.validation.ScenarioConstraints;

/**
 * {@link ScenarioConstraints} skips EMF's generic checks where the model rules a finding out, and hands everything
 * else to EMF. These tests compare, object by object, its answers and diagnostics with EMF's own checks (a plain
 * {@link EObjectValidator}) and, for multiplicities, with its own check run on every feature, on a valid pack and on
 * packs broken in the ways those checks exist for.
 */
class GenericChecksTest {

    /** Runs one generic check; returns its outcome and fills the chain, if one is given. */
    private interface Check {
        boolean run(EObjectValidator validator, EObject object, DiagnosticChain chain, Map<Object, Object> context);
    }

    /** Exposes the multiplicity check of every feature, the way EMF's loop calls it, for comparison. */
    private static final class EveryFeature extends ScenarioConstraints {
        boolean allFeatures(EObject object, DiagnosticChain chain, Map<Object, Object> context) {
            boolean result = true;
            EClass type = object.eClass();
            for (int i = 0; i < type.getFeatureCount(); i++) {
                EStructuralFeature feature = type.getEStructuralFeature(i);
                result &= validate_MultiplicityConforms(object, feature, chain, context);
                if (!result && chain == null) {
                    return false;
                }
            }
            return result;
        }
    }

    static Stream<Arguments> packs() {
        return Stream.of(
                Arguments.of("valid", (Consumer<MinimalPack>) minimal -> {
                }),
                Arguments.of("proxy", (Consumer<MinimalPack>) minimal -> {
                    State proxy = Elements.state("Z", "ZZ", "Nowhere");
                    ((InternalEObject) proxy).eSetProxyURI(URI.createURI("memory:/minimal/pack.rogatory#Z"));
                    minimal.scenario.getCast().add(proxy);
                    minimal.preserve.setTargetState(proxy);
                }),
                Arguments.of("not in a resource", (Consumer<MinimalPack>) minimal -> {
                    State loose = Elements.state("L", "LL", "Loose");
                    minimal.scenario.getCast().add(loose);
                    minimal.request.setTargetState(loose);
                }),
                Arguments.of("missing values", (Consumer<MinimalPack>) minimal -> {
                    minimal.scenario.setTitle(null);
                    minimal.pack.getScenarios().clear();
                    minimal.start.setTitle(null);
                    minimal.preserve.setInstrument(null);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void fastChecksAnswerLikeEmf(String name, Consumer<MinimalPack> breakIt) {
        MinimalPack minimal = new MinimalPack();
        breakIt.accept(minimal);
        ScenarioConstraints constraints = new ScenarioConstraints();
        EObjectValidator emf = new EObjectValidator();
        List<Check> checks = List.of(EObjectValidator::validate_EveryProxyResolves,
                EObjectValidator::validate_EveryReferenceIsContained,
                EObjectValidator::validate_EveryBidirectionalReferenceIsPaired,
                EObjectValidator::validate_EveryKeyUnique, EObjectValidator::validate_EveryMapEntryUnique);
        int findings = 0;
        for (EObject object : everything(minimal)) {
            for (Check check : checks) {
                findings += compare(check, constraints, emf, object);
            }
            EveryFeature every = new EveryFeature();
            for (boolean withChain : new boolean[] { true, false }) {
                BasicDiagnostic fast = withChain ? new BasicDiagnostic() : null;
                BasicDiagnostic slow = withChain ? new BasicDiagnostic() : null;
                boolean fastResult = every.validate_EveryMultiplicityConforms(object, fast, new HashMap<>());
                boolean slowResult = every.allFeatures(object, slow, new HashMap<>());
                assertEquals(slowResult, fastResult, name + ": multiplicity of " + object);
                if (withChain) {
                    assertEquals(describe(slow), describe(fast), name + ": multiplicity of " + object);
                    findings += slow.getChildren().size();
                }
            }
        }
        assertEquals(name.equals("valid"), findings == 0, name + ": " + findings + " findings");
    }

    /** EMF's own loop over the attributes, which {@link ScenarioConstraints} replaces with one that remembers values. */
    private static final class EveryAttribute extends ScenarioConstraints {
        boolean emfLoop(EObject object, DiagnosticChain chain, Map<Object, Object> context) {
            boolean result = true;
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                result &= validate_DataValueConforms(object, attribute, chain, context);
                if (!result && chain == null) {
                    return false;
                }
            }
            return result;
        }
    }

    @Test
    void valuesRememberedAsConformingGiveEmfsAnswersAndRepeatedBadValuesAreReportedEachTime() {
        MinimalPack minimal = new MinimalPack();
        minimal.start.setId("not an id!");
        minimal.followUp.setId("not an id!");
        minimal.scenario.setExpectedDuration(-5);
        minimal.scenario.setTimeBudget(-5);
        ScenarioConstraints fast = new ScenarioConstraints();
        EveryAttribute slow = new EveryAttribute();
        int findings = 0;
        // Twice over everything with the same validator: the second pass answers from what the first remembered.
        for (int pass = 0; pass < 2; pass++) {
            for (EObject object : everything(minimal)) {
                for (boolean withChain : new boolean[] { true, false }) {
                    BasicDiagnostic fastChain = withChain ? new BasicDiagnostic() : null;
                    BasicDiagnostic slowChain = withChain ? new BasicDiagnostic() : null;
                    boolean fastResult = fast.validate_EveryDataValueConforms(object, fastChain, new HashMap<>());
                    boolean slowResult = slow.emfLoop(object, slowChain, new HashMap<>());
                    assertEquals(slowResult, fastResult, "data values of " + object);
                    if (withChain) {
                        assertEquals(describe(slowChain), describe(fastChain), "data values of " + object);
                        findings += slowChain.getChildren().size();
                    }
                }
            }
        }
        assertEquals(2 * 4, findings, "two bad ids and two negative durations, found in both passes");
    }

    private static int compare(Check check, EObjectValidator fast, EObjectValidator slow, EObject object) {
        BasicDiagnostic fastChain = new BasicDiagnostic();
        BasicDiagnostic slowChain = new BasicDiagnostic();
        boolean fastResult = check.run(fast, object, fastChain, new HashMap<>());
        boolean slowResult = check.run(slow, object, slowChain, new HashMap<>());
        assertEquals(slowResult, fastResult, object.toString());
        assertEquals(describe(slowChain), describe(fastChain), object.toString());
        assertEquals(slowResult, check.run(fast, object, null, new HashMap<>()), object.toString());
        assertFalse(slowResult && !slowChain.getChildren().isEmpty());
        return slowChain.getChildren().size();
    }

    private static List<EObject> everything(MinimalPack minimal) {
        List<EObject> all = new ArrayList<>();
        for (EObject root : List.of(minimal.pack, minimal.scenario)) {
            all.add(root);
            root.eAllContents().forEachRemaining(all::add);
        }
        return all;
    }

    private static List<String> describe(Diagnostic chain) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic child : chain.getChildren()) {
            lines.add(child.getSeverity() + " " + child.getSource() + " " + child.getCode() + " " + child.getMessage()
                    + " " + child.getData());
        }
        return lines;
    }
}
