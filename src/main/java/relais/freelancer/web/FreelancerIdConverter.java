package relais.freelancer.web;

import org.springframework.stereotype.Component;
import relais.freelancer.FreelancerId;
import relais.shared.web.IdConverter;

@Component
class FreelancerIdConverter extends IdConverter<FreelancerId> {

    FreelancerIdConverter() {
        super(FreelancerId.class, "freelancer", FreelancerId::new);
    }
}
