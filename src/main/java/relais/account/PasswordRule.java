package relais.account;

/** The one rule a password must pass, shared by every place that sets one. */
public final class PasswordRule {

    public static final int MIN_LENGTH = 10;

    private PasswordRule() {
    }

    public static String check(String rawPassword) {
        if (rawPassword == null || rawPassword.length() < MIN_LENGTH) {
            throw new relais.shared.InvalidValueException("validation.password.short", "must be at least " + MIN_LENGTH + " characters long", MIN_LENGTH);
        }
        if (rawPassword.length() > 200) {
            throw new IllegalArgumentException("must be at most 200 characters long");
        }
        return rawPassword;
    }
}
