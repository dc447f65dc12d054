package org.rogatory.model.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.internal.validation.CastCheck;
import org.rogatory.model.internal.validation.ClassShape;
import org.rogatory.model.internal.validation.ConstraintReport;
import org.rogatory.model.internal.validation.ContentChecks;
import org.rogatory.model.internal.validation.FlowChecks;
import org.rogatory.model.internal.validation.IdChecks;
import org.rogatory.model.internal.validation.PerClass;
import org.rogatory.model.internal.validation.PackChecks;
import org.rogatory.model.internal.validation.ValueFormats;
import org.rogatory.model.scenario.Pack;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ServiceProvider;
import org.rogatory.model.scenario.State;
import org.rogatory.model.scenario.TimedEvent;
import org.rogatory.model.scenario.util.ScenarioValidator;

/**
 * The generated validator with the bodies of the 13 constraints declared in {@code scenario.ecore}. The code generator
 * does not merge hand edits into {@code src-gen/}, so the bodies live in this subclass and in
 * {@code org.rogatory.model.internal.validation}; each diagnostic names the element by its id and says how to fix it.
 * The public codes let tools and tests tell the constraints apart.
 */
public class ScenarioConstraints extends ScenarioValidator {

    /** Code of Pack {@code uniqueIds}. */
    public static final int PACK_UNIQUE_IDS = DIAGNOSTIC_CODE_COUNT + 1;
    /** Code of Pack {@code scenarioIdsUnique}. */
    public static final int PACK_SCENARIO_IDS_UNIQUE = DIAGNOSTIC_CODE_COUNT + 2;
    /** Code of Pack {@code sourceLanguageListed}. */
    public static final int PACK_SOURCE_LANGUAGE_LISTED = DIAGNOSTIC_CODE_COUNT + 3;
    /** Code of State {@code designatedAuthoritiesOwned}. */
    public static final int STATE_DESIGNATED_AUTHORITIES_OWNED = DIAGNOSTIC_CODE_COUNT + 4;
    /** Code of Scenario {@code uniqueIds}. */
    public static final int SCENARIO_UNIQUE_IDS = DIAGNOSTIC_CODE_COUNT + 5;
    /** Code of Scenario {@code startDecisionPointSet}. */
    public static final int SCENARIO_START_DECISION_POINT_SET = DIAGNOSTIC_CODE_COUNT + 6;
    /** Code of Scenario {@code citationsWellFormed}. */
    public static final int SCENARIO_CITATIONS_WELL_FORMED = DIAGNOSTIC_CODE_COUNT + 7;
    /** Code of Scenario {@code referencedStatesInCast}. */
    public static final int SCENARIO_REFERENCED_STATES_IN_CAST = DIAGNOSTIC_CODE_COUNT + 8;
    /** Code of Scenario {@code decisionPointsReachable}; its findings are warnings. */
    public static final int SCENARIO_DECISION_POINTS_REACHABLE = DIAGNOSTIC_CODE_COUNT + 9;
    /** Code of Scenario {@code referencePathConsistent}. */
    public static final int SCENARIO_REFERENCE_PATH_CONSISTENT = DIAGNOSTIC_CODE_COUNT + 10;
    /** Code of Scenario {@code timeBudgetPositive}. */
    public static final int SCENARIO_TIME_BUDGET_POSITIVE = DIAGNOSTIC_CODE_COUNT + 11;
    /** Code of ServiceProvider {@code oneRetentionPolicyPerCategory}. */
    public static final int PROVIDER_ONE_RETENTION_POLICY_PER_CATEGORY = DIAGNOSTIC_CODE_COUNT + 12;
    /** Code of TimedEvent {@code triggerDefined}. */
    public static final int TIMED_EVENT_TRIGGER_DEFINED = DIAGNOSTIC_CODE_COUNT + 13;

    private final Map<EDataType, Set<Object>> conforming = new ConcurrentHashMap<>();
    private final PerClass<ValueCheck[]> valueChecks = new PerClass<>(this::valueChecks);
    private volatile EValidator conformingRoot;

    /** Ids must be unique in the pack file: references and translation keys use them. */
    @Override
    public boolean validatePack_uniqueIds(Pack pack, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return IdChecks.uniqueIds(pack, new ConstraintReport(diagnostics, PACK_UNIQUE_IDS));
    }

    /** Scenario ids name files and translation files, so they must be unique and differ from the pack id. */
    @Override
    public boolean validatePack_scenarioIdsUnique(Pack pack, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return IdChecks.scenarioIdsUnique(pack, new ConstraintReport(diagnostics, PACK_SCENARIO_IDS_UNIQUE));
    }

    /** The catalogue offers only listed languages, so the source language must be one of them. */
    @Override
    public boolean validatePack_sourceLanguageListed(Pack pack, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return PackChecks.sourceLanguageListed(pack, new ConstraintReport(diagnostics, PACK_SOURCE_LANGUAGE_LISTED));
    }

    /** A State designates only its own authorities. */
    @Override
    public boolean validateState_designatedAuthoritiesOwned(State state, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return PackChecks.designatedAuthoritiesOwned(state,
                new ConstraintReport(diagnostics, STATE_DESIGNATED_AUTHORITIES_OWNED));
    }

    /** Ids must be unique in the scenario file: references and translation keys use them. */
    @Override
    public boolean validateScenario_uniqueIds(Scenario scenario, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return IdChecks.uniqueIds(scenario, new ConstraintReport(diagnostics, SCENARIO_UNIQUE_IDS));
    }

    /** A scenario starts at one of its own decision points. */
    @Override
    public boolean validateScenario_startDecisionPointSet(Scenario scenario, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return FlowChecks.startDecisionPointSet(scenario,
                new ConstraintReport(diagnostics, SCENARIO_START_DECISION_POINT_SET));
    }

    /** Citations are written one way, so the treaty knowledge base can match them. */
    @Override
    public boolean validateScenario_citationsWellFormed(Scenario scenario, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return ContentChecks.citationsWellFormed(scenario,
                new ConstraintReport(diagnostics, SCENARIO_CITATIONS_WELL_FORMED));
    }

    /** A scenario involves only States of its cast, whose legal profiles the engine uses. */
    @Override
    public boolean validateScenario_referencedStatesInCast(Scenario scenario, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return CastCheck.referencedStatesInCast(scenario,
                new ConstraintReport(diagnostics, SCENARIO_REFERENCED_STATES_IN_CAST));
    }

    /** A decision point nothing opens is dead content; reported as a warning. */
    @Override
    public boolean validateScenario_decisionPointsReachable(Scenario scenario, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return FlowChecks.decisionPointsReachable(scenario,
                new ConstraintReport(diagnostics, SCENARIO_DECISION_POINTS_REACHABLE));
    }

    /** The reference path must be playable in its order, since feedback compares the trainee against it. */
    @Override
    public boolean validateScenario_referencePathConsistent(Scenario scenario, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return FlowChecks.referencePathConsistent(scenario,
                new ConstraintReport(diagnostics, SCENARIO_REFERENCE_PATH_CONSISTENT));
    }

    /** A time budget of zero would end every run at once. */
    @Override
    public boolean validateScenario_timeBudgetPositive(Scenario scenario, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return ContentChecks.timeBudgetPositive(scenario,
                new ConstraintReport(diagnostics, SCENARIO_TIME_BUDGET_POSITIVE));
    }

    /** One retention period per data category keeps the deletion time unambiguous. */
    @Override
    public boolean validateServiceProvider_oneRetentionPolicyPerCategory(ServiceProvider serviceProvider,
            DiagnosticChain diagnostics, Map<Object, Object> context) {
        return ContentChecks.oneRetentionPolicyPerCategory(serviceProvider,
                new ConstraintReport(diagnostics, PROVIDER_ONE_RETENTION_POLICY_PER_CATEGORY));
    }

    /** A timed event without a time or a condition never happens. */
    @Override
    public boolean validateTimedEvent_triggerDefined(TimedEvent timedEvent, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return ContentChecks.triggerDefined(timedEvent, new ConstraintReport(diagnostics, TIMED_EVENT_TRIGGER_DEFINED));
    }

    /** A valid identifier is recognised by hand; anything else goes to EMF's pattern check, which reports it. */
    @Override
    public boolean validateIdentifier_Pattern(String identifier, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return ValueFormats.isIdentifier(identifier)
                || super.validateIdentifier_Pattern(identifier, diagnostics, context);
    }

    /** A valid key is recognised by hand; anything else goes to EMF's pattern check, which reports it. */
    @Override
    public boolean validateKey_Pattern(String key, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return ValueFormats.isKey(key) || super.validateKey_Pattern(key, diagnostics, context);
    }

    /** A valid citation is recognised by hand; anything else goes to EMF's pattern check, which reports it. */
    @Override
    public boolean validateCitation_Pattern(String citation, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return ValueFormats.isCitation(citation) || super.validateCitation_Pattern(citation, diagnostics, context);
    }

    /**
     * Checks only the features whose multiplicity can be broken (see {@link ClassShape}): for the others EMF's check
     * always passes without a finding, and asking for an unset list would create it and keep it in memory. The checked
     * features go through {@link #validate_MultiplicityConforms} in EMF's order, so findings are the same.
     */
    @Override
    public boolean validate_EveryMultiplicityConforms(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        boolean result = true;
        for (EStructuralFeature feature : ClassShape.of(eObject.eClass()).boundedFeatures()) {
            result &= validate_MultiplicityConforms(eObject, feature, diagnostics, context);
            if (!result && diagnostics == null) {
                return false;
            }
        }
        return result;
    }

    /**
     * Looks for proxies without resolving anything or making iterators; only when there is one does EMF's own check
     * run (it may resolve it, or report it as always). Without a proxy, EMF's check cannot find anything.
     */
    @Override
    public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return ClassShape.of(eObject.eClass()).noProxies(eObject)
                || super.validate_EveryProxyResolves(eObject, diagnostics, context);
    }

    /**
     * When every referenced object is already loaded and in a resource, EMF's check cannot find anything; otherwise
     * EMF's own check runs and reports as always.
     */
    @Override
    public boolean validate_EveryReferenceIsContained(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return ClassShape.of(eObject.eClass()).allTargetsInResources(eObject)
                || super.validate_EveryReferenceIsContained(eObject, diagnostics, context);
    }

    /** The scenario format declares no two-way references; EMF's check runs only for a class that has one. */
    @Override
    public boolean validate_EveryBidirectionalReferenceIsPaired(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return !ClassShape.of(eObject.eClass()).hasOpposites()
                || super.validate_EveryBidirectionalReferenceIsPaired(eObject, diagnostics, context);
    }

    /** The scenario format declares no reference keys; EMF's check runs only for a class that has them. */
    @Override
    public boolean validate_EveryKeyUnique(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return !ClassShape.of(eObject.eClass()).hasKeys()
                || super.validate_EveryKeyUnique(eObject, diagnostics, context);
    }

    /** The scenario format declares no map entries; EMF's check runs only for a class that has them. */
    @Override
    public boolean validate_EveryMapEntryUnique(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return !ClassShape.of(eObject.eClass()).hasMapEntries()
                || super.validate_EveryMapEntryUnique(eObject, diagnostics, context);
    }

    /**
     * Checks each value against its data type as EMF does, attribute by attribute in EMF's order, but a single value is
     * checked once per validator: a check depends only on the type and the value (EMF asks the root validator without
     * diagnostics first), and a pack repeats the same ids, texts, dates and durations thousands of times. Only values
     * that conform are remembered; any other goes through EMF's check every time and is reported there as always.
     * Lists and feature maps always go to EMF, and so does everything under a root validator other than the first one.
     */
    @Override
    public boolean validate_EveryDataValueConforms(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (!remembersFor(getRootEValidator(context))) {
            return super.validate_EveryDataValueConforms(eObject, diagnostics, context);
        }
        boolean result = true;
        for (ValueCheck check : valueChecks.of(eObject.eClass())) {
            if (check.conforming() == null) {
                result &= validate_DataValueConforms(eObject, check.attribute(), diagnostics, context);
            } else if (eObject.eIsSet(check.attribute())) {
                Object value = eObject.eGet(check.attribute());
                if (value != null && !check.conforming().contains(value)) {
                    boolean conforms = validate_DataValueConforms(eObject, check.attribute(), diagnostics, context);
                    if (conforms) {
                        check.conforming().add(value);
                    }
                    result &= conforms;
                }
            }
            if (!result && diagnostics == null) {
                return false;
            }
        }
        return result;
    }

    /** Whether values are remembered under this root validator: the first one seen. */
    private boolean remembersFor(EValidator root) {
        EValidator owner = conformingRoot;
        if (owner == null) {
            synchronized (conforming) {
                if (conformingRoot == null) {
                    conformingRoot = root;
                }
                owner = conformingRoot;
            }
        }
        return owner == root;
    }

    /** The checks of a class's attributes, in EMF's order; single values share one set of known values per type. */
    private ValueCheck[] valueChecks(EClass type) {
        return type.getEAllAttributes().stream().map(attribute -> new ValueCheck(attribute,
                attribute.isMany() || FeatureMapUtil.isFeatureMap(attribute) ? null
                        : conforming.computeIfAbsent(attribute.getEAttributeType(),
                                t -> ConcurrentHashMap.newKeySet())))
                .toArray(ValueCheck[]::new);
    }

    /** One attribute's data-value check, with the values of its type known to conform, or none for lists. */
    private record ValueCheck(EAttribute attribute, Set<Object> conforming) {
    }

    /**
     * Says in an author's words what a missing value or a list with too few entries means, instead of EMF's generic
     * "feature ... with 0 values" sentence; anything else (too many values) is left to EMF.
     */
    @Override
    protected boolean validate_MultiplicityConforms(EObject eObject, EStructuralFeature feature,
            DiagnosticChain diagnostics, Map<Object, Object> context) {
        String message = null;
        if (feature.isMany()) {
            int size = ((List<?>) eObject.eGet(feature, false)).size();
            if (size < feature.getLowerBound()) {
                message = NLS.bind(Messages.Multiplicity_tooFew, new Object[] { getObjectLabel(eObject, context),
                        feature.getLowerBound(), getFeatureLabel(feature, context), size });
            }
        } else if (feature.isRequired() && !eObject.eIsSet(feature)) {
            message = NLS.bind(Messages.Multiplicity_missing, getObjectLabel(eObject, context),
                    getFeatureLabel(feature, context));
        }
        if (message == null) {
            return super.validate_MultiplicityConforms(eObject, feature, diagnostics, context);
        }
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, EObjectValidator.DIAGNOSTIC_SOURCE,
                    EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS, message, new Object[] { eObject, feature }));
        }
        return false;
    }
}
