package org.rogatory.model.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * What EMF's generic checks ({@code EObjectValidator.validate_Every...}) can possibly find on the objects of one class,
 * worked out once per class. Those checks walk every feature of every object through generic iterators, although for
 * most features the model's declarations already rule a finding out: a list without bounds has no multiplicity to
 * break, and a model without opposites, keys or map entries has no pairing, key or entry to check. The validator uses
 * these facts to skip work whose outcome is certain, and hands everything else to EMF's own check, which then reports
 * exactly what it always did.
 */
public final class ClassShape {

    private static final PerClass<ClassShape> SHAPES = new PerClass<>(ClassShape::new);
    private static final String MAP_ENTRY = "java.util.Map$Entry"; //$NON-NLS-1$

    private final EStructuralFeature[] bounded;
    private final EReference[] crossReferences;
    private final boolean opposites;
    private final boolean keys;
    private final boolean mapEntries;

    private ClassShape(EClass type) {
        List<EStructuralFeature> constrained = new ArrayList<>();
        for (int i = 0, size = type.getFeatureCount(); i < size; i++) {
            EStructuralFeature feature = type.getEStructuralFeature(i);
            if (canBreakMultiplicity(feature)) {
                constrained.add(feature);
            }
        }
        bounded = constrained.toArray(EStructuralFeature[]::new);
        crossReferences = type.getEAllReferences().stream().filter(r -> !r.isContainment() && !r.isContainer())
                .toArray(EReference[]::new);
        opposites = type.getEAllReferences().stream().anyMatch(r -> r.isResolveProxies() && r.getEOpposite() != null);
        keys = type.getEAllReferences().stream().anyMatch(r -> r.isMany() && !r.getEKeys().isEmpty());
        mapEntries = type.getEAllStructuralFeatures().stream().anyMatch(
                f -> f instanceof EReference && MAP_ENTRY.equals(f.getEType().getInstanceClassName()));
    }

    /**
     * Gives the shape of a class.
     *
     * @param type the class
     * @return its shape, worked out on first use
     */
    public static ClassShape of(EClass type) {
        return SHAPES.of(type);
    }

    /**
     * Whether EMF's multiplicity check can fail for this feature: a required single value, or a list with a lower or
     * upper bound (or a feature map, which EMF checks in its own way). An optional single value and a list without
     * bounds always conform.
     */
    private static boolean canBreakMultiplicity(EStructuralFeature feature) {
        if (!feature.isMany()) {
            return feature.isRequired();
        }
        return FeatureMapUtil.isFeatureMap(feature) || feature.getLowerBound() > 0 || feature.getUpperBound() > 0;
    }

    /**
     * The features whose multiplicity can be broken, in the order EMF checks all features.
     *
     * @return the features; the caller must not change the array
     */
    public EStructuralFeature[] boundedFeatures() {
        return bounded;
    }

    /** @return whether the class has a two-way reference, the only kind whose pairing EMF checks */
    public boolean hasOpposites() {
        return opposites;
    }

    /** @return whether the class has a list of references with keys, the only kind whose keys EMF checks */
    public boolean hasKeys() {
        return keys;
    }

    /** @return whether the class has a map-entry feature, the only kind whose entries EMF checks */
    public boolean hasMapEntries() {
        return mapEntries;
    }

    /**
     * Whether every reference that leaves the containment tree leads to a loaded object (no proxy), without resolving
     * anything. It looks at every such reference that is set, which includes every reference EMF's own check iterates.
     *
     * @param object the object
     * @return {@code true} if no reference of the object holds a proxy
     */
    public boolean noProxies(EObject object) {
        return everyTarget(object, target -> !target.eIsProxy());
    }

    /**
     * Whether every object that a reference leaving the containment tree leads to is in a resource, without resolving
     * anything. A proxy counts as not in a resource here (resolving it could give anything), so a caller that finds
     * {@code false} asks EMF's own check.
     *
     * @param object the object
     * @return {@code true} if every referenced object is in a resource
     */
    public boolean allTargetsInResources(EObject object) {
        return everyTarget(object, target -> !target.eIsProxy() && target.eResource() != null);
    }

    /**
     * Whether every object that the set references leaving the containment tree hold passes a test, read without
     * resolving anything; a list of a kind EMF does not generate counts as failing, so EMF's own check looks at it.
     */
    private boolean everyTarget(EObject object, Predicate<EObject> test) {
        for (EReference reference : crossReferences) {
            if (!object.eIsSet(reference)) {
                continue;
            }
            Object value = object.eGet(reference, false);
            if (value instanceof InternalEList<?> list) {
                for (int i = 0, size = list.size(); i < size; i++) {
                    if (!test.test((EObject) list.basicGet(i))) {
                        return false;
                    }
                }
            } else if (value instanceof EObject single && !test.test(single)) {
                return false;
            } else if (value instanceof List<?>) {
                return false; // not a list EMF generates: let EMF's own check look
            }
        }
        return true;
    }
}
