package relais.company.web;

import org.springframework.stereotype.Component;
import relais.company.CompanyId;
import relais.shared.web.IdConverter;

@Component
class CompanyIdConverter extends IdConverter<CompanyId> {

    CompanyIdConverter() {
        super(CompanyId.class, "company", CompanyId::new);
    }
}
