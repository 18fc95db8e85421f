package relais.freelancer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.AccountManagement;
import relais.account.NewLogin;
import relais.account.PasswordRule;
import relais.freelancer.internal.FreelancerRows;
import relais.shared.ConflictException;
import relais.shared.EmailAddress;
import relais.shared.InputCheck;
import relais.shared.Money;
import relais.shared.MoneyInput;
import relais.shared.NotFoundException;
import relais.shared.Siret;
import relais.shared.TextRule;
import relais.shared.VatNumber;

/** Records and finds freelancers; a profile is saved whole or not at all. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FreelancerManagement {

    private static final int MAX_SKILLS = 100;
    private static final int MAX_SKILL = 100;
    private static final int MAX_LANGUAGES = 20;
    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[a-z]{2}");

    private final FreelancerRows freelancers;
    private final AccountManagement accounts;

    @Transactional
    public Freelancer create(FreelancerDetails details) {
        var freelancer = validated(new FreelancerId(UUID.randomUUID()), details, true);
        freelancers.insert(freelancer);
        if (details.password() != null) {
            accounts.createLogin(NewLogin.freelancer(freelancer.email().value(), details.password(),
                    freelancer.fullName(), freelancer.id().value()));
        }
        return freelancer;
    }

    @Transactional
    public Freelancer update(FreelancerId id, FreelancerDetails details) {
        var existing = freelancerOrThrow(id);
        var freelancer = validated(id, details, false);
        var login = accounts.forFreelancer(id.value());
        if (!existing.email().equals(freelancer.email())) {
            if (login.isPresent()) {
                accounts.moveLogin(login.get(), freelancer.email().value(), "email");
            } else if (accounts.emailTaken(freelancer.email().value())) {
                throw new ConflictException("email", "conflict.email.account", "An account already uses " + freelancer.email(), freelancer.email().toString());
            }
        }
        freelancers.update(freelancer);
        return freelancer;
    }

    private Freelancer validated(FreelancerId id, FreelancerDetails d, boolean creating) {
        var check = new InputCheck();
        String fullName = check.required("fullName", trimmed(d.fullName()));
        check.text("fullName", fullName, TextRule.NAME);
        check.text("title", trimmed(d.title()), TextRule.NAME);
        check.date("contractSignedOn", d.contractSignedOn());
        EmailAddress email = check.field("email", () -> new EmailAddress(d.email()));
        Siret siret = check.optional("siret", d.siret(), () -> new Siret(d.siret()));
        BankAccount iban = check.optional("iban", d.iban(), () -> new BankAccount(d.iban()));
        VatNumber vat = check.optional("vatNumber", d.vatNumber(), () -> new VatNumber(d.vatNumber()));
        Money dayRate = d.dayRate() == null ? null : check.field("dayRate", () -> MoneyInput.positive(d.dayRate().toMoney()));
        if (d.vatStatus() == VatStatus.LIABLE && vat == null && !check.hasProblem("vatNumber")) {
            check.problem("vatNumber", "validation.vat.liable", "is required when the freelancer is liable for VAT");
        }
        if (d.vatStatus() == VatStatus.FRANCHISE && vat != null) {
            check.problem("vatNumber", "validation.vat.franchise", "must be empty under the franchise en base (no VAT charged)");
        }
        if (creating && d.password() != null) {
            check.field("password", () -> PasswordRule.check(d.password(), d.email(), d.fullName()));
        }
        var skills = new ArrayList<String>();
        if (d.skills() != null) {
            d.skills().stream().filter(s -> s != null && !s.isBlank()).map(String::trim).distinct().forEach(skills::add);
        }
        if (skills.size() > MAX_SKILLS) {
            check.problem("skills", "validation.skills.many", "at most " + MAX_SKILLS + " skills", MAX_SKILLS);
        }
        for (int i = 0; i < skills.size(); i++) {
            check.text("skills[" + i + "]", skills.get(i), MAX_SKILL);
        }
        String address = blankToNull(d.address());
        check.text("address", address, TextRule.SHORT, true);
        var languages = languages(check, d.languages());
        check.throwIfInvalid();
        if (freelancers.emailTaken(email.value(), id)) {
            throw new ConflictException("email", "conflict.email.freelancer", "Another freelancer already uses " + email, email.toString());
        }
        if (creating && d.password() != null && accounts.emailTaken(email.value())) {
            throw new ConflictException("email", "conflict.email.account", "An account already uses " + email, email.toString());
        }
        return new Freelancer(id, fullName, email, siret, iban, d.vatStatus(), vat, d.contractSignedOn(),
                trimmed(d.title()), skills, dayRate, address, languages);
    }

    public Optional<Freelancer> freelancer(FreelancerId id) {
        return freelancers.byId(id);
    }

    public Freelancer freelancerOrThrow(FreelancerId id) {
        return freelancers.byId(id).orElseThrow(() -> NotFoundException.of("freelancer", id));
    }

    public List<Freelancer> freelancers(Collection<UUID> ids) {
        return freelancers.byIds(ids);
    }

    public List<Freelancer> search(String query, int limit) {
        return freelancers.search(query, limit);
    }

    /** ISO 639-1 codes, lower case, each once. */
    private static List<String> languages(InputCheck check, List<String> raw) {
        var codes = new ArrayList<String>();
        if (raw == null) {
            return codes;
        }
        for (int i = 0; i < raw.size(); i++) {
            String code = raw.get(i) == null ? "" : raw.get(i).trim().toLowerCase(java.util.Locale.ROOT);
            if (!LANGUAGE.matcher(code).matches()) {
                check.problem("languages[" + i + "]", "validation.language", "must be a two-letter ISO 639-1 code such as fr or en");
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        if (codes.size() > MAX_LANGUAGES) {
            check.problem("languages", "validation.languages.many", "at most " + MAX_LANGUAGES + " languages", MAX_LANGUAGES);
        }
        return codes;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
