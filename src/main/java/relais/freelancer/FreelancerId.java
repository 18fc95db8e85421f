package relais.freelancer;

import java.util.Objects;
import java.util.UUID;

public record FreelancerId(UUID value) {

    public FreelancerId {
        Objects.requireNonNull(value, "freelancer id");
    }

    public static FreelancerId random() {
        return new FreelancerId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
