package relais.guard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The name-to-value view of a typed explanation, as the API writes it and the texts read it: unknown values are
 * left out rather than written as null, enum values are written as their name, keys keep the order they were put.
 */
final class DataView {

    private final Map<String, Object> values = new LinkedHashMap<>();

    DataView put(String key, Object value) {
        if (value != null) {
            values.put(key, value instanceof Enum<?> constant ? constant.name() : value);
        }
        return this;
    }

    Map<String, Object> done() {
        return Collections.unmodifiableMap(values);
    }
}
