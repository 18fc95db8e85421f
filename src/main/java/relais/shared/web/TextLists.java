package relais.shared.web;

import java.util.Arrays;
import java.util.List;

/** Lists typed into one text box: one item per line or separated by commas. */
public final class TextLists {

    private TextLists() {
    }

    public static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public static String join(List<String> items) {
        return items == null ? "" : String.join("\n", items);
    }
}
