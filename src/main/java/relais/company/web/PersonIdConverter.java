package relais.company.web;

import org.springframework.stereotype.Component;
import relais.company.PersonId;
import relais.shared.web.IdConverter;

@Component
class PersonIdConverter extends IdConverter<PersonId> {

    PersonIdConverter() {
        super(PersonId.class, "person", PersonId::new);
    }
}
