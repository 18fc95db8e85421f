package relais.account;

import java.util.UUID;

/** What another module asks for when it gives someone a login: a freelancer, or a person of a client company. */
public record NewLogin(String email, String rawPassword, Role role, String displayName, UUID companyId, UUID personId,
        UUID freelancerId) {

    public static NewLogin freelancer(String email, String rawPassword, String displayName, UUID freelancerId) {
        return new NewLogin(email, rawPassword, Role.FREELANCER, displayName, null, null, freelancerId);
    }

    public static NewLogin client(String email, String rawPassword, String displayName, UUID companyId, UUID personId) {
        return new NewLogin(email, rawPassword, Role.CLIENT, displayName, companyId, personId, null);
    }

    public static NewLogin accountManager(String email, String rawPassword, String displayName) {
        return new NewLogin(email, rawPassword, Role.ACCOUNT_MANAGER, displayName, null, null, null);
    }
}
