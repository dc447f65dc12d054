package org.rogatory.model.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.internal.validation.TreeWalk;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.scenario.Identified;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioPackage;
import org.rogatory.model.scenario.util.ScenarioValidator;

/**
 * Validates packs and scenarios, as the engine and the command line do before every run. It uses its own validator
 * registry, which maps the scenario package to {@link ScenarioConstraints} and delegates everything else to the global
 * registry, so nothing global is changed and other plug-ins see the generated validator as before.
 */
public final class ScenarioValidation {

    private ScenarioValidation() {
    }

    /**
     * Validates an element and everything it contains: a pack validates its cast, conducts and rubrics; a scenario its
     * whole case.
     *
     * @param root the element to validate
     * @return the diagnostic; its severity is {@link Diagnostic#OK} when nothing was found
     */
    public static Diagnostic validate(EObject root) {
        return diagnostician().validate(root);
    }

    /**
     * Validates a loaded pack: the manifest and every scenario that was loaded with it. The scenarios are validated in
     * parallel; the result does not depend on it.
     *
     * @param loaded the pack
     * @return one diagnostic whose children are the findings, in pack-then-scenario order
     */
    public static Diagnostic validate(LoadedPack loaded) {
        Diagnostician diagnostician = diagnostician();
        BasicDiagnostic result = new BasicDiagnostic(ScenarioValidator.DIAGNOSTIC_SOURCE, 0,
                NLS.bind(Messages.ScenarioValidation_pack, loaded.pack().getId()), new Object[] { loaded.pack() });
        diagnostician.validate(loaded.pack(), result);
        // Scenarios are separate files that only read the pack, so they are validated on every core; their findings
        // are added in catalogue order, exactly as one after the other would add them.
        List<BasicDiagnostic> perScenario = loaded.scenarios().parallelStream().map(scenario -> {
            BasicDiagnostic chain = new BasicDiagnostic();
            diagnostician.validate(scenario, chain);
            return chain;
        }).toList();
        perScenario.forEach(chain -> chain.getChildren().forEach(result::add));
        return result;
    }

    private static Diagnostician diagnostician() {
        EValidatorRegistryImpl registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(ScenarioPackage.eINSTANCE, new ScenarioConstraints());
        // Resolve the validators of the data types now, before any parallel use: a registry may replace a descriptor
        // by its validator on first use, which must not happen on two threads at once.
        registry.getEValidator(EcorePackage.eINSTANCE);
        registry.getEValidator(XMLTypePackage.eINSTANCE);
        return new ReadableDiagnostician(registry);
    }

    /**
     * EMF's own checks (multiplicities, data types) name the element and the feature through these labels. The
     * defaults are Java class names with hash codes; an author needs the element's kind and id, and the feature's name.
     */
    private static final class ReadableDiagnostician extends Diagnostician {

        ReadableDiagnostician(EValidator.Registry registry) {
            super(registry);
        }

        /**
         * Visits the tree as EMF's iteration does (each element before its contents, in the order of
         * {@code eContents()}; a circular element's contents skipped; stopping at the first failure when no
         * diagnostics are collected), without making a contents list and an iterator for every element. A caller that
         * asks for recursion gets EMF's own.
         */
        @Override
        public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
            Object recursively = context.get(VALIDATE_RECURSIVELY);
            if (isValidateContentsRecursively() || Boolean.TRUE.equals(recursively)) {
                return super.validate(eObject, diagnostics, context);
            }
            context.put(VALIDATE_RECURSIVELY, Boolean.FALSE);
            try {
                boolean[] result = { true };
                visit(eObject, diagnostics, context, result);
                return result[0];
            } finally {
                context.put(VALIDATE_RECURSIVELY, recursively);
            }
        }

        /** Validates an element and then its contents; returns {@code false} when the walk must stop. */
        private boolean visit(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context,
                boolean[] result) {
            boolean circular = context.get(EObjectValidator.ROOT_OBJECT) == object;
            result[0] &= validate(object.eClass(), object, diagnostics, context);
            if (circular) {
                return true;
            }
            if (!result[0] && diagnostics == null) {
                return false;
            }
            for (EReference containment : TreeWalk.containments(object.eClass())) {
                if (!object.eIsSet(containment)) {
                    continue;
                }
                Object value = object.eGet(containment);
                if (value instanceof List<?> children) {
                    for (int i = 0; i < children.size(); i++) {
                        if (!visit((EObject) children.get(i), diagnostics, context, result)) {
                            return false;
                        }
                    }
                } else if (value instanceof EObject child && !visit(child, diagnostics, context, result)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String getObjectLabel(EObject eObject) {
            String kind = words(eObject.eClass().getName());
            if (eObject instanceof Identified identified && identified.getId() != null) {
                return kind + " " + identified.getId(); //$NON-NLS-1$
            }
            return kind;
        }

        @Override
        public String getFeatureLabel(EStructuralFeature eStructuralFeature) {
            return words(eStructuralFeature.getName());
        }

        /** "DecisionPoint" and "decisionPoints" become "decision point" and "decision points". */
        private static String words(String name) {
            return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
