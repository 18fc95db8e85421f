package relais.account;

import java.util.UUID;

public record AccountId(UUID value) {

    public AccountId {
        java.util.Objects.requireNonNull(value, "account id");
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
