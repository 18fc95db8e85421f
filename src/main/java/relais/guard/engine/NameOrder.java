package relais.guard.engine;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * Orders people by name as a reader expects, "Ève" beside "Eve" rather than after "Zoé", without depending on a
 * locale: accents are stripped and case ignored, then the raw name breaks ties.
 */
final class NameOrder {

    static final Comparator<String> NAMES = Comparator.nullsLast(
            Comparator.comparing(NameOrder::sortKey).thenComparing(Comparator.naturalOrder()));

    private NameOrder() {
    }

    static String sortKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
