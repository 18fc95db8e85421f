package relais.company;

import java.util.UUID;

/** A parent group: referrals between its companies count as internal. */
public record CompanyGroup(UUID id, String name) {
}
