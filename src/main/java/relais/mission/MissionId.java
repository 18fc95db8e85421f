package relais.mission;

import java.util.Objects;
import java.util.UUID;

public record MissionId(UUID value) {

    public MissionId {
        Objects.requireNonNull(value, "mission id");
    }

    public static MissionId random() {
        return new MissionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
