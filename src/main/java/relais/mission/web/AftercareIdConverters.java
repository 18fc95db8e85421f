package relais.mission.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.GenericConverter;
import relais.mission.ExtensionId;
import relais.mission.IncidentId;
import relais.shared.web.IdConverter;

/** Extension and incident ids arrive typed in controllers; a malformed one answers as an unknown one. */
@Configuration(proxyBeanMethods = false)
class AftercareIdConverters {

    @Bean
    GenericConverter extensionIdConverter() {
        return IdConverter.of(ExtensionId.class, "extension", ExtensionId::new);
    }

    @Bean
    GenericConverter incidentIdConverter() {
        return IdConverter.of(IncidentId.class, "incident", IncidentId::new);
    }
}
