package relais.account;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in account as the rest of Relais sees it: its role and the one freelancer, or the one person and
 * company, it speaks for.
 */
public record RelaisUser(AccountId id, String email, String passwordHash, Role role, String displayName, String language,
        UUID companyId, UUID personId, UUID freelancerId) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    public boolean isAccountManager() {
        return role == Role.ACCOUNT_MANAGER;
    }

    public boolean isFreelancer() {
        return role == Role.FREELANCER;
    }

    public boolean isClient() {
        return role == Role.CLIENT;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public RelaisUser withLanguage(String newLanguage) {
        return new RelaisUser(id, email, passwordHash, role, displayName, newLanguage, companyId, personId, freelancerId);
    }

    /** Never let the hash travel further than the authentication step. */
    public RelaisUser withoutPassword() {
        return new RelaisUser(id, email, "", role, displayName, language, companyId, personId, freelancerId);
    }
}
