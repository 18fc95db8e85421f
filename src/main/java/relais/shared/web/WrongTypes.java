package relais.shared.web;

import java.util.ArrayList;

import relais.shared.FieldProblem;
import tools.jackson.core.JacksonException;

/** How the API says that a value has the wrong type: the kind it expected, an enum's values (they are API words). */
final class WrongTypes {

    private WrongTypes() {
    }

    /** A value of the wrong type, said with what was expected; an enum lists its values. */
    static FieldProblem wrongType(String field, Object value, Class<?> type) {
        String kind = kind(type);
        String shown = value == null ? "" : String.valueOf(value);
        String values = type != null && type.isEnum() ? enumValues(type) : "";
        String english = (value == null ? "has the wrong type" : "'" + shown + "' is not valid") + " (expected: "
                + (values.isEmpty() ? kind : "one of " + values) + ")";
        return new FieldProblem(field, english, "validation.type." + kind + (value == null ? ".noValue" : ""),
                new Object[] {shown, values});
    }

    /** The field a JSON reading error points at, as the API names it: {@code items[2].amount}. */
    static String path(JacksonException e) {
        var parts = new ArrayList<String>();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                parts.add(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                parts.add("[" + reference.getIndex() + "]");
            }
        }
        return String.join(".", parts).replace(".[", "[");
    }

    private static String enumValues(Class<?> type) {
        var values = new ArrayList<String>();
        for (Object constant : type.getEnumConstants()) {
            values.add(constant.toString());
        }
        return String.join(", ", values);
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "other";
        }
        if (type.isEnum()) {
            return "choice";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date";
            case "Integer", "int", "Long", "long" -> "whole";
            case "BigDecimal", "Double", "double" -> "number";
            case "Boolean", "boolean" -> "boolean";
            case "List", "Set" -> "list";
            case "String" -> "text";
            default -> "other";
        };
    }
}
