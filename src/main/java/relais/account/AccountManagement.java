package relais.account;

import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.internal.AccountRows;
import relais.shared.ConflictException;
import relais.shared.EmailAddress;
import relais.shared.InputCheck;

/** What other modules may ask of accounts: open a login, follow a person's company move, look one up. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountManagement {

    private final AccountRows accounts;
    private final PasswordEncoder passwords;

    /** Runs inside the caller's transaction, so a refused login leaves the caller's record unsaved too. */
    @Transactional
    public AccountId createLogin(NewLogin login) {
        var email = new EmailAddress(login.email());
        PasswordRule.check(login.rawPassword(), login.email(), login.displayName());
        if (accounts.emailTaken(email.value())) {
            throw new ConflictException("email", "conflict.email.account", "An account already uses " + email, email.toString());
        }
        var id = AccountId.random();
        accounts.insert(id, email.value(), passwords.encode(login.rawPassword()), login.role(), login.displayName(),
                login.companyId(), login.personId(), login.freelancerId());
        return id;
    }

    /**
     * A login follows its holder's e-mail address, inside the caller's transaction so that the holder's record and
     * the login change together. Refused when another account already uses the new address.
     */
    @Transactional
    public void moveLogin(AccountId id, String newEmail, String field) {
        var email = new EmailAddress(newEmail);
        var current = accounts.byId(id).orElseThrow();
        if (current.email().equalsIgnoreCase(email.value())) {
            return;
        }
        if (accounts.emailTaken(email.value())) {
            throw new ConflictException(field, "conflict.email.account", "An account already uses " + email, email.toString());
        }
        accounts.updateEmail(id, email.value());
    }

    public boolean emailTaken(String email) {
        return accounts.emailTaken(email.trim().toLowerCase(java.util.Locale.ROOT));
    }

    /** A client user follows their person record to the new employer. */
    @Transactional
    public void personMovedTo(UUID personId, UUID companyId) {
        accounts.updateCompanyOfPerson(personId, companyId);
    }

    public Optional<RelaisUser> byEmail(String email) {
        return accounts.byEmail(email);
    }

    public Optional<AccountId> forFreelancer(UUID freelancerId) {
        return accounts.idOfFreelancer(freelancerId);
    }

    public Optional<AccountId> forPerson(UUID personId) {
        return accounts.idOfPerson(personId);
    }

    public Optional<RelaisUser> byId(AccountId id) {
        return accounts.byId(id);
    }

    /**
     * The holder changes their own password: the current one proves it is them, the new one is typed twice and must
     * pass the {@link PasswordRule}. Every problem is told at once; nothing changes unless all is right.
     */
    @Transactional
    public void changePassword(AccountId id, String currentPassword, String newPassword, String newPasswordAgain) {
        var account = accounts.byId(id).orElseThrow();
        var check = new InputCheck();
        check.required("currentPassword", currentPassword);
        if (!check.hasProblem("currentPassword") && !passwords.matches(currentPassword, account.passwordHash())) {
            check.problem("currentPassword", "validation.password.wrong", "is not your current password");
        }
        check.field("newPassword", () -> PasswordRule.check(newPassword, account.email(), account.displayName()));
        if (!check.hasProblem("newPassword") && !newPassword.equals(newPasswordAgain)) {
            check.problem("newPasswordAgain", "validation.password.mismatch", "is not the same as the new password");
        }
        check.throwIfInvalid();
        accounts.updatePasswordHash(id, passwords.encode(newPassword));
    }

    public boolean noAccountYet() {
        return accounts.count() == 0;
    }

    /** Every account manager, without their password hash. */
    public java.util.List<RelaisUser> accountManagers() {
        return accounts.accountManagers().stream().map(RelaisUser::withoutPassword).toList();
    }
}
