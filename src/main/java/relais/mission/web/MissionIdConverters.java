package relais.mission.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.GenericConverter;
import relais.mission.MissionId;
import relais.shared.web.IdConverter;

/** Mission ids arrive typed in controllers; a malformed one answers as an unknown one. */
@Configuration(proxyBeanMethods = false)
class MissionIdConverters {

    @Bean
    GenericConverter missionIdConverter() {
        return IdConverter.of(MissionId.class, "mission", MissionId::new);
    }
}
