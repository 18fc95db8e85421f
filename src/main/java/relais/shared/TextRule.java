package relais.shared;

/**
 * What any text typed from outside must respect before it is stored: a maximum length, and no control characters
 * (NUL, escape, …) other than line breaks and tabs in multi-line fields. The schema enforces the same limits.
 */
public final class TextRule {

    /** A person's, freelancer's, company's or group's name; a mission title. */
    public static final int NAME = 200;
    public static final int EMAIL = 254;
    /** One-line texts: an address line, a skill, a search query, a token name. */
    public static final int SHORT = 500;
    /** Free texts: notes, reasons, descriptions, what a client said. */
    public static final int LONG = 5000;

    public static final String TOO_LONG = "validation.text.tooLong";
    public static final String CONTROL = "validation.text.control";

    private TextRule() {
    }

    /** The value itself when acceptable; refused otherwise. Null stays null. */
    public static String check(String value, int maxLength, boolean multiline) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new InvalidValueException(TOO_LONG, "must be at most " + maxLength + " characters long", maxLength);
        }
        if (hasControlCharacter(value, multiline)) {
            throw new InvalidValueException(CONTROL, "must not contain control characters");
        }
        return value;
    }

    public static boolean hasControlCharacter(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return true;
            }
        }
        return false;
    }
}
