package relais.company;

import java.util.Objects;
import java.util.UUID;

public record CompanyId(UUID value) {

    public CompanyId {
        Objects.requireNonNull(value, "company id");
    }

    public static CompanyId random() {
        return new CompanyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
