package relais.mission.web;

import org.springframework.stereotype.Component;
import relais.mission.MissionId;
import relais.shared.web.IdConverter;

@Component
class MissionIdConverter extends IdConverter<MissionId> {

    MissionIdConverter() {
        super(MissionId.class, "mission", MissionId::new);
    }
}
