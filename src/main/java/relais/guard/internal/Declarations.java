package relais.guard.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import relais.account.RelaisUser;
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.company.Person;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.guard.DeclarerRole;
import relais.guard.Release;
import relais.guard.ReleaseKind;
import relais.guard.ReleaseRequest;
import relais.guard.engine.DeclaredReferral;
import relais.guard.engine.PolicyVersion;
import relais.guard.engine.ReferralRequest;
import relais.guard.engine.Referrals;
import relais.shared.ConflictException;
import relais.shared.EmailAddress;
import relais.shared.FieldProblem;
import relais.shared.Ids;
import relais.shared.InputCheck;
import relais.shared.InvalidInputException;

/**
 * Validates and records the guard's facts. Every field is checked before anything is written, so a refused
 * request changes nothing. Whether a referral counts is never stored: it is judged by the engine, at once for the
 * answer and again at every verdict, so later facts are always taken into account.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Declarations {

    private static final int MAX_TEXT = 2000;

    private final FactsLoader loader;
    private final ReferralRows referrals;
    private final ReleaseRows releases;
    private final PolicyRows policies;
    private final CompanyManagement companies;
    private final FreelancerManagement freelancers;
    private final ReferralDeclarations pending;
    private final DeclaredPeople people;

    /**
     * A freelancer's declaration is only stored, as typed, until the referrer or an account manager confirms it:
     * the answer is the same whoever the referred address or id names. A client user records a referral within
     * their own company or group, for a freelancer their company works with; every other case gets one and the same
     * refusal, so nothing tells them whether a freelancer or a person exists. An account manager records any
     * referral and learns at once whether it counts.
     */
    public DeclaredReferral referral(ReferralRequest request, RelaisUser declarer, LocalDate today) {
        var check = new InputCheck();
        UUID freelancerId = freelancer(check, request.freelancerId(), declarer);
        UUID referrerId = check.field("referrerId", () -> Ids.parseField(request.referrerId()));
        Referred referred = referred(check, request);
        LocalDate on = check.date("on", check.required("on", request.on()));
        if (on != null && on.isAfter(today)) {
            check.problem("on", "validation.guard.future", "must not be in the future");
        }
        text(check, "note", request.note(), false);
        if (declarer.isFreelancer()) {
            if (referrerId != null && loader.load(freelancerId).person(referrerId.toString()).isEmpty()) {
                check.problem("referrerId", "validation.guard.notYourRelationship",
                        "is not one of your relationships through Relais");
            }
            check.throwIfInvalid();
            return DeclaredReferral.pending(pending.declare(freelancerId, referrerId, referred.email(), referred.id(),
                    on, blankToNull(request.note()), declarer).toString());
        }
        if (referrerId != null) {
            var referrer = companies.person(new PersonId(referrerId));
            if (declarer.isClient() && referrer.filter(p -> p.companyId().value().equals(declarer.companyId())).isEmpty()) {
                // unknown and elsewhere read the same: a client user may name only someone of their own company
                check.problem("referrerId", "validation.guard.notYourCompany", "is not someone of your company");
            } else if (referrer.isEmpty()) {
                check.problem("referrerId", "validation.unknown", "no such record");
            }
        }
        Optional<Person> referredPerson = Optional.empty();
        if (declarer.isAccountManager()) {
            referredPerson = referred.resolve(companies);
            if (referred.isGiven() && referredPerson.isEmpty()) {
                check.problem(referred.field(), "validation.unknown", "no such record");
            }
        }
        check.throwIfInvalid();
        if (declarer.isClient()) {
            referredPerson = referred.resolve(companies)
                    .filter(person -> people.withinCompanyOrGroup(person, new CompanyId(declarer.companyId()), on))
                    .filter(person -> referrals.worksWith(freelancerId, declarer.companyId()));
            if (referredPerson.isEmpty()) {
                throw clientRefusal(referred.field());
            }
        }
        UUID id = referrals.insert(UUID.randomUUID(), freelancerId, referrerId,
                referredPerson.orElseThrow().id().value(), on, blankToNull(request.note()),
                DeclarerRole.valueOf(declarer.role().name()), declarer.id().value(), declarer.displayName());
        var assessment = Referrals.assessAll(loader.load(freelancerId)).get(id.toString());
        return DeclaredReferral.recorded(id.toString(), assessment);
    }

    /** The referred person as given: an id or an address, exactly one. */
    record Referred(UUID id, String email, String field) {

        boolean isGiven() {
            return id != null || email != null;
        }

        Optional<Person> resolve(CompanyManagement companies) {
            if (id != null) {
                return companies.person(new PersonId(id));
            }
            return email == null ? Optional.empty() : companies.personWithEmail(email);
        }
    }

    private static Referred referred(InputCheck check, ReferralRequest request) {
        boolean byId = request.referredId() != null && !request.referredId().isBlank();
        boolean byEmail = request.referredEmail() != null && !request.referredEmail().isBlank();
        if (byId && byEmail) {
            check.problem("referredEmail", "validation.guard.referredOne", "give referredId or referredEmail, not both");
            return new Referred(null, null, "referredId");
        }
        if (byEmail) {
            EmailAddress email = check.field("referredEmail", () -> new EmailAddress(request.referredEmail()));
            return new Referred(null, email == null ? null : email.value(), "referredEmail");
        }
        return new Referred(check.field("referredId", () -> Ids.parseField(request.referredId())), null, "referredId");
    }

    private static InvalidInputException clientRefusal(String referredField) {
        String message = "a client user may declare a referral only for a freelancer their company works with, to "
                + "someone of their own company or group";
        return new InvalidInputException(List.of(
                new FieldProblem("freelancerId", message, "validation.guard.clientReferral", null),
                new FieldProblem(referredField, message, "validation.guard.clientReferral", null)));
    }

    private UUID freelancer(InputCheck check, String raw, RelaisUser declarer) {
        if (declarer.isFreelancer()) {
            if (raw != null && !raw.isBlank() && !raw.trim().equalsIgnoreCase(declarer.freelancerId().toString())) {
                check.problem("freelancerId", "validation.guard.ownFreelancer", "must be your own id, or left out");
            }
            return declarer.freelancerId();
        }
        UUID id = check.field("freelancerId", () -> Ids.parseField(raw));
        if (id != null && declarer.isAccountManager() && freelancers.freelancer(new FreelancerId(id)).isEmpty()) {
            check.problem("freelancerId", "validation.unknown", "no such record");
            return null;
        }
        return id;
    }

    public Release release(ReleaseRequest request, UUID recordedBy, String recordedByName) {
        var check = new InputCheck();
        UUID freelancerId = check.field("freelancerId", () -> Ids.parseField(request.freelancerId()));
        if (freelancerId != null && freelancers.freelancer(new FreelancerId(freelancerId)).isEmpty()) {
            check.problem("freelancerId", "validation.unknown", "no such record");
        }
        boolean person = request.personId() != null && !request.personId().isBlank();
        boolean company = request.companyId() != null && !request.companyId().isBlank();
        UUID personId = null;
        UUID companyId = null;
        if (person && company) {
            check.problem("companyId", "validation.guard.personOrCompany", "give personId or companyId, not both");
        } else if (!person && !company) {
            check.problem("personId", "validation.guard.personOrCompany.none", "is required (or companyId)");
        } else if (person) {
            personId = check.field("personId", () -> Ids.parseField(request.personId()));
            if (personId != null && companies.person(new PersonId(personId)).isEmpty()) {
                check.problem("personId", "validation.unknown", "no such record");
            }
        } else {
            companyId = check.field("companyId", () -> Ids.parseField(request.companyId()));
            if (companyId != null && companies.company(new CompanyId(companyId)).isEmpty()) {
                check.problem("companyId", "validation.unknown", "no such record");
            }
        }
        check.required("kind", request.kind());
        check.date("effectiveOn", check.required("effectiveOn", request.effectiveOn()));
        // A paid buy-out says what it is by its kind, in the reader's language; its amount stays on the case.
        text(check, "reason", request.reason(), request.kind() != ReleaseKind.BUYOUT);
        check.throwIfInvalid();
        UUID id = releases.insert(UUID.randomUUID(), freelancerId, personId, companyId, request.kind(),
                request.effectiveOn(), request.reason() == null ? "" : request.reason().trim(), recordedBy,
                recordedByName);
        return releases.byId(id).orElseThrow();
    }

    public PolicyVersion policy(LocalDate effectiveFrom, Integer protectionMonths, UUID recordedBy) {
        var check = new InputCheck();
        check.date("effectiveFrom", check.required("effectiveFrom", effectiveFrom));
        check.required("protectionMonths", protectionMonths);
        if (protectionMonths != null && (protectionMonths < 1 || protectionMonths > 60)) {
            check.problem("protectionMonths", "validation.guard.months", "must be between 1 and 60");
        }
        check.throwIfInvalid();
        if (policies.effectiveDateTaken(effectiveFrom)) {
            throw new ConflictException("effectiveFrom", "conflict.policy.sameDay", "A policy version already takes effect on " + effectiveFrom, effectiveFrom);
        }
        return policies.insert(effectiveFrom, protectionMonths, recordedBy);
    }

    static void text(InputCheck check, String field, String value, boolean required) {
        if (required) {
            check.required(field, value);
        }
        if (value != null && value.length() > MAX_TEXT) {
            check.problem(field, "validation.guard.tooLong", "must be at most " + MAX_TEXT + " characters long", MAX_TEXT);
        } else {
            check.text(field, value, MAX_TEXT, true);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
