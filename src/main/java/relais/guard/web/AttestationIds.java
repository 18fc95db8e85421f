package relais.guard.web;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.GenericConverter;
import relais.shared.web.IdConverter;

/** An attestation's id on its pages: a malformed one answers as an unknown one (404). */
@Configuration(proxyBeanMethods = false)
class AttestationIds {

    record AttestationId(UUID value) {
    }

    @Bean
    GenericConverter attestationIdConverter() {
        return IdConverter.of(AttestationId.class, "attestation", AttestationId::new);
    }
}
