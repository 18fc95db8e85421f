package relais.guard.engine;

import java.util.List;

/** A freelancer's relationships with the people of one company. */
public record FreelancerRelationships(String freelancerId, String freelancerName, List<Relationship> relationships) {
}
