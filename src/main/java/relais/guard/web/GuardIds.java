package relais.guard.web;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.GenericConverter;
import relais.shared.web.IdConverter;

/**
 * The ids of the guard's own records as controllers take them: typed path variables, so a malformed one answers as an
 * unknown one (404) before any controller code runs. They live here because only the web layer needs them typed; the
 * records below keep plain UUIDs.
 */
@Configuration(proxyBeanMethods = false)
class GuardIds {

    record ClaimId(UUID value) {
    }

    record DeclarationId(UUID value) {
    }

    record PolicyVersionId(UUID value) {
    }

    @Bean
    GenericConverter claimIdConverter() {
        return IdConverter.of(ClaimId.class, "claim", ClaimId::new);
    }

    @Bean
    GenericConverter declarationIdConverter() {
        return IdConverter.of(DeclarationId.class, "referral declaration", DeclarationId::new);
    }

    @Bean
    GenericConverter policyVersionIdConverter() {
        return IdConverter.of(PolicyVersionId.class, "policy version", PolicyVersionId::new);
    }
}
