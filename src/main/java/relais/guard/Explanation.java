package relais.guard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One fact behind a verdict, as data: a code (see {@link ReasonCode}, {@link CautionCode}) and what a sentence
 * needs (names, titles, dates as {@link java.time.LocalDate}, numbers). Keys keep their insertion order; a key
 * whose value is unknown is left out rather than mapped to null.
 */
public record Explanation(String code, Map<String, Object> data) {

    public Explanation {
        Objects.requireNonNull(code, "code");
        data = withoutUnknowns(data);
    }

    /** Keeps the data's order and drops keys whose value is unknown, so texts never print "null". */
    public static Map<String, Object> withoutUnknowns(Map<String, Object> data) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (data != null) {
            data.forEach((key, value) -> {
                if (value != null) {
                    copy.put(key, value);
                }
            });
        }
        return Collections.unmodifiableMap(copy);
    }

    public Object get(String key) {
        return data.get(key);
    }
}
