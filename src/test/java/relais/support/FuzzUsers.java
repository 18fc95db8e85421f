package relais.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import relais.account.AccountId;
import relais.account.RelaisUser;
import relais.account.Role;

/** Who sends the bodies the fuzz tests read, and when: one person of each role, a fixed moment. */
public final class FuzzUsers {

    public static final Clock NOW = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    public static final RelaisUser FREELANCER = user(Role.FREELANCER, null, null, UUID.randomUUID());
    public static final RelaisUser CLIENT = user(Role.CLIENT, UUID.randomUUID(), UUID.randomUUID(), null);
    public static final RelaisUser MANAGER = user(Role.ACCOUNT_MANAGER, null, null, null);

    private FuzzUsers() {
    }

    private static RelaisUser user(Role role, UUID companyId, UUID personId, UUID freelancerId) {
        return new RelaisUser(AccountId.random(), role.name().toLowerCase() + "@relais.fuzz", null, role,
                role.name(), "fr", companyId, personId, freelancerId);
    }
}
