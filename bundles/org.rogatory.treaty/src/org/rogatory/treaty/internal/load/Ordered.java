package org.rogatory.treaty.internal.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the read-only, order-keeping maps of the index. {@code Map.copyOf} would lose the data file's order.
 */
final class Ordered {

    private Ordered() {
    }

    static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
        Map<K, V> map = new LinkedHashMap<>();
        for (V value : values) {
            map.put(key.apply(value), value);
        }
        return Collections.unmodifiableMap(map);
    }

    static <K, V> Map<K, V> readOnly(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
