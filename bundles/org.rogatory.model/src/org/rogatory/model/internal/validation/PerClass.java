package org.rogatory.model.internal.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;

/**
 * Something worked out once per class and then asked for for every element of a pack, from several threads. A plain
 * read comes first: {@link ConcurrentHashMap#computeIfAbsent} takes a lock for any key that is not the first of its
 * bin, which millions of look-ups of a few dozen classes would otherwise pay.
 *
 * @param <T> what is worked out
 */
public final class PerClass<T> {

    private final Map<EClass, T> values = new ConcurrentHashMap<>();
    private final Function<EClass, T> compute;

    /**
     * Creates the cache.
     *
     * @param compute works a value out for a class; called once per class, or rarely twice when two threads race
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
        T value = values.get(type);
        return value != null ? value : values.computeIfAbsent(type, compute);
    }
}
