package relais.guard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import relais.account.RelaisUser;
import relais.company.CompanyManagement;
import relais.company.Person;
import relais.company.PersonId;
import relais.guard.DeclarerRole;
import relais.guard.ReferralAssessment;
import relais.guard.engine.DeclarationDecision;
import relais.guard.engine.DeclarationDecision.Outcome;
import relais.guard.engine.DeclarationReview;
import relais.guard.engine.Declarer;
import relais.guard.engine.ReferralDeclaration;
import relais.guard.engine.Referrals;
import relais.shared.ConflictException;
import relais.shared.InputCheck;
import relais.shared.NotFoundException;

/**
 * Freelancers' referral declarations: stored as typed, then confirmed or declined by the referrer (a client user
 * in the app, or anyone holding the link mailed to the referrer's address) or by an account manager. Only a
 * confirmation resolves what was typed to a person and writes a referral, which the guard's facts then see. A
 * referrer confirms only within their own company or group; anything else they confirm is left to an account
 * manager, with the same words whether the person is unknown or elsewhere.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReferralDeclarations {

    /** Enough for any honest use; more would let a freelancer flood a client's mailbox. */
    static final int MAX_PENDING = 20;
    private static final int MAX_REASON = 2000;

    private final DeclarationRows rows;
    private final ReferralRows referrals;
    private final FactsLoader loader;
    private final CompanyManagement companies;
    private final DeclaredPeople people;
    private final DeclarationMails mails;
    private final Clock clock;

    /** Stores an already validated declaration and asks the referrer, by e-mail, to confirm it. */
    UUID declare(UUID freelancerId, UUID referrerId, String referredEmail, UUID referredId, LocalDate on, String note,
            RelaisUser freelancer) {
        if (rows.pendingCount(freelancerId) >= MAX_PENDING) {
            throw new ConflictException(null, "conflict.declaration.tooMany", "You already have " + MAX_PENDING
                    + " referral declarations waiting for an answer; declare more once some are answered.", MAX_PENDING);
        }
        String token = LinkTokens.newToken();
        UUID id = rows.insert(new DeclarationRows.NewDeclaration(freelancerId, referrerId, referredEmail, referredId,
                on, note, freelancer.id().value(), freelancer.displayName(), LinkTokens.hash(token)));
        ReferralDeclaration declaration = rows.byId(id).orElseThrow();
        mails.askReferrer(declaration, companies.personOrThrow(new PersonId(referrerId)), token);
        return id;
    }

    public List<ReferralDeclaration> ofFreelancer(UUID freelancerId) {
        return rows.ofFreelancer(freelancerId);
    }

    /** What a client user has to answer: the pending declarations naming them as referrer. */
    public List<ReferralDeclaration> awaiting(RelaisUser client) {
        return client.personId() == null ? List.of() : rows.awaitingReferrer(client.personId());
    }

    public List<DeclarationReview> pendingReviews() {
        return rows.pending().stream().map(this::review).toList();
    }

    public DeclarationReview review(ReferralDeclaration declaration) {
        return people.review(declaration);
    }

    /** One declaration as its viewer may see it: unknown, and not theirs, read the same (404). */
    public ReferralDeclaration visibleTo(RelaisUser user, UUID id) {
        return rows.byId(id).filter(d -> mayAnswer(user, d) || isTheFreelancer(user, d))
                .orElseThrow(() -> NotFoundException.of("referral declaration", id));
    }

    /** The referred person's name for the referrer, only when it is someone of their own company or group. */
    public Optional<String> referredNameForReferrer(ReferralDeclaration declaration) {
        return people.confirmableByReferrer(declaration).map(Person::fullName);
    }

    public Optional<ReferralDeclaration> byToken(String token) {
        return idForToken(token).flatMap(rows::byId);
    }

    public DeclarationDecision confirm(UUID id, RelaisUser user) {
        ReferralDeclaration declaration = lockedFor(user, id);
        if (user.isAccountManager()) {
            Person person = people.referred(declaration).orElseThrow(() -> new ConflictException(
                    declaration.referredEmail() != null ? "referredEmail" : "referredId", "conflict.declaration.unknownPerson",
                    "Nobody is recorded with " + declaration.referredAsGiven()
                            + " yet: record the person, then confirm the referral.", declaration.referredAsGiven()));
            return confirmAs(declaration, person, DeclarerRole.ACCOUNT_MANAGER, user.id().value(), user.displayName());
        }
        return confirmByReferrer(declaration, user.id().value(), user.displayName());
    }

    public DeclarationDecision decline(UUID id, RelaisUser user, String reason) {
        String checked = reason(reason);
        ReferralDeclaration declaration = lockedFor(user, id);
        DeclarerRole role = user.isAccountManager() ? DeclarerRole.ACCOUNT_MANAGER : DeclarerRole.CLIENT;
        return declineAs(declaration, role, user.id().value(), user.displayName(), checked);
    }

    /** The link's holder answers as the referrer it was mailed to; the link then stops working. */
    public DeclarationDecision confirmByToken(String token) {
        ReferralDeclaration declaration = lockedForToken(token);
        return confirmByReferrer(declaration, null, declaration.referrerName());
    }

    public DeclarationDecision declineByToken(String token) {
        ReferralDeclaration declaration = lockedForToken(token);
        return declineAs(declaration, DeclarerRole.CLIENT, null, declaration.referrerName(), null);
    }

    private DeclarationDecision confirmByReferrer(ReferralDeclaration declaration, UUID account, String name) {
        Optional<Person> person = people.confirmableByReferrer(declaration);
        if (person.isEmpty()) {
            rows.referrerConfirmed(Moves.made(() -> declaration.confirmedByReferrerOnly(clock.instant())));
            return new DeclarationDecision(reload(declaration), Outcome.FOR_A_MANAGER, null);
        }
        return confirmAs(declaration, person.get(), DeclarerRole.CLIENT, account, name);
    }

    private DeclarationDecision confirmAs(ReferralDeclaration declaration, Person person, DeclarerRole role,
            UUID account, String name) {
        UUID freelancerId = UUID.fromString(declaration.freelancerId());
        UUID referralId = UUID.randomUUID();
        ReferralDeclaration confirmed = Moves.made(() -> declaration.confirm(new Declarer(role, name), clock.instant(),
                referralId.toString()));
        // The referral is the freelancer's declaration: it keeps them as its declarer; the decision says who confirmed.
        referrals.insert(referralId, freelancerId, UUID.fromString(declaration.referrerId()),
                person.id().value(), declaration.on(), declaration.note(), DeclarerRole.FREELANCER, null,
                declaration.freelancerName());
        store(confirmed, account);
        ReferralAssessment assessment = Referrals.assessAll(loader.load(freelancerId)).get(referralId.toString());
        ReferralDeclaration stored = reload(declaration);
        mails.tellFreelancer(stored);
        return new DeclarationDecision(stored, Outcome.CONFIRMED, assessment);
    }

    private DeclarationDecision declineAs(ReferralDeclaration declaration, DeclarerRole role, UUID account,
            String name, String reason) {
        store(Moves.made(() -> declaration.decline(new Declarer(role, name), clock.instant(), reason)), account);
        ReferralDeclaration declined = reload(declaration);
        mails.tellFreelancer(declined);
        return new DeclarationDecision(declined, Outcome.DECLINED, null);
    }

    private void store(ReferralDeclaration decided, UUID account) {
        if (!rows.decide(decided, account)) {
            throw new ConflictException(null, "conflict.declaration.meanwhile", "This declaration was answered meanwhile; reload it.");
        }
    }

    private ReferralDeclaration lockedFor(RelaisUser user, UUID id) {
        ReferralDeclaration declaration = rows.lock(id).filter(d -> mayAnswer(user, d))
                .orElseThrow(() -> NotFoundException.of("referral declaration", id));
        Moves.made(() -> {
            declaration.requireAnswerable(user.isAccountManager());
            return declaration;
        });
        return declaration;
    }

    private ReferralDeclaration lockedForToken(String token) {
        return idForToken(token).flatMap(rows::lock).filter(ReferralDeclaration::isPending)
                .orElseThrow(() -> new NotFoundException("No such referral confirmation link"));
    }

    private Optional<UUID> idForToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return rows.idForToken(LinkTokens.hash(token.trim()));
    }

    private static boolean mayAnswer(RelaisUser user, ReferralDeclaration declaration) {
        return user.isAccountManager() || (user.isClient() && user.personId() != null
                && user.personId().toString().equals(declaration.referrerId()));
    }

    private static boolean isTheFreelancer(RelaisUser user, ReferralDeclaration declaration) {
        return user.isFreelancer() && user.freelancerId().toString().equals(declaration.freelancerId());
    }

    private ReferralDeclaration reload(ReferralDeclaration declaration) {
        return rows.byId(UUID.fromString(declaration.id())).orElseThrow();
    }

    private static String reason(String reason) {
        var check = new InputCheck();
        if (reason != null && reason.length() > MAX_REASON) {
            check.problem("reason", "validation.guard.tooLong", "must be at most " + MAX_REASON + " characters long",
                    MAX_REASON);
        }
        check.throwIfInvalid();
        return reason == null || reason.isBlank() ? null : reason.trim();
    }
}
