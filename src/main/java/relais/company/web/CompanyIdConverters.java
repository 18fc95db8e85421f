package relais.company.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.GenericConverter;
import relais.company.CompanyId;
import relais.company.PersonId;
import relais.shared.web.IdConverter;

/** Company and person ids arrive typed in controllers; a malformed one answers as an unknown one. */
@Configuration(proxyBeanMethods = false)
class CompanyIdConverters {

    @Bean
    GenericConverter companyIdConverter() {
        return IdConverter.of(CompanyId.class, "company", CompanyId::new);
    }

    @Bean
    GenericConverter personIdConverter() {
        return IdConverter.of(PersonId.class, "person", PersonId::new);
    }
}
