package org.rogatory.model.internal.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.rogatory.model.scenario.ScenarioPackage;

/**
 * Something worked out once per class and then asked for for every element of a pack, from several threads: a pack
 * walk asks about a dozen times per element, tens of millions of times per large pack. The classes of the scenario
 * format are found by their classifier id in an array; any other class in a map, read before it locks
 * ({@link ConcurrentHashMap#computeIfAbsent} takes a lock for any key that is not the first of its bin).
 *
 * @param <T> what is worked out
 */
public final class PerClass<T> {

    private final AtomicReferenceArray<T> formatClasses = new AtomicReferenceArray<>(
            ScenarioPackage.eINSTANCE.getEClassifiers().size());
    private final Map<EClass, T> values = new ConcurrentHashMap<>();
    private final Function<EClass, T> compute;

    /**
     * Creates the cache.
     *
     * @param compute works a value out for a class; called once per class, or rarely twice when two threads race (the
     *            first value stays)
     */
    public PerClass(Function<EClass, T> compute) {
        this.compute = compute;
    }

    /**
     * Gives the value for a class.
     *
     * @param type the class
     * @return its value
     */
    public T of(EClass type) {
        if (type.getEPackage() == ScenarioPackage.eINSTANCE) {
            int id = type.getClassifierID();
            T value = formatClasses.get(id);
            if (value == null) {
                formatClasses.compareAndSet(id, null, compute.apply(type));
                value = formatClasses.get(id);
            }
            return value;
        }
        T value = values.get(type);
        return value != null ? value : values.computeIfAbsent(type, compute);
    }
}
