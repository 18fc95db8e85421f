package relais.freelancer.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.GenericConverter;
import relais.freelancer.FreelancerId;
import relais.shared.web.IdConverter;

/** Freelancer ids arrive typed in controllers; a malformed one answers as an unknown one. */
@Configuration(proxyBeanMethods = false)
class FreelancerIdConverters {

    @Bean
    GenericConverter freelancerIdConverter() {
        return IdConverter.of(FreelancerId.class, "freelancer", FreelancerId::new);
    }
}
