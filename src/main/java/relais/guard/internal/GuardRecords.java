package relais.guard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.freelancer.FreelancerId;
import relais.guard.engine.DeclarationDecision;
import relais.guard.engine.DeclarationReview;
import relais.guard.engine.DeclaredReferral;
import relais.guard.engine.PolicyVersion;
import relais.guard.engine.PriorRelationshipClaim;
import relais.guard.engine.ReferralDeclaration;
import relais.guard.engine.ReferralRequest;
import relais.shared.ParisCalendar;

/**
 * The records that feed the guard, as its pages and API keep them: referral declarations and their answers,
 * prior-relationship claims and their decisions, policy versions. Verdicts are {@link relais.guard.GuardManagement}'s.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GuardRecords {

    private final Declarations declarations;
    private final ReferralDeclarations pendingDeclarations;
    private final PolicyRows policies;
    private final PolicyRetirement retirement;
    private final ClaimRows claims;
    private final ClaimDecisions claimDecisions;
    private final Clock clock;

    public List<PolicyVersion> policyVersions() {
        return policies.history().versions();
    }

    public List<PriorRelationshipClaim> claimsOf(FreelancerId freelancer) {
        return claims.ofFreelancer(freelancer.value());
    }

    /** One claim whatever its state, e.g. the one a refused decision was about and that was decided meanwhile. */
    public Optional<PriorRelationshipClaim> claim(UUID id) {
        return claims.byId(id);
    }

    public List<PriorRelationshipClaim> pendingClaims() {
        return claims.pending();
    }

    /** See {@link Declarations#referral}: a freelancer's declaration waits for the referrer's confirmation. */
    @Transactional
    public DeclaredReferral declareReferral(ReferralRequest request, RelaisUser declarer) {
        return declarations.referral(request, declarer, ParisCalendar.today(clock));
    }

    /** The freelancer's own declarations, newest first, with where each stands. */
    public List<ReferralDeclaration> declarationsOf(FreelancerId freelancer) {
        return pendingDeclarations.ofFreelancer(freelancer.value());
    }

    /** The declarations a client user is named in as referrer and has not answered yet. */
    public List<ReferralDeclaration> declarationsAwaiting(RelaisUser client) {
        return pendingDeclarations.awaiting(client);
    }

    /** For account managers: every pending declaration, with the referred person resolved when recorded. */
    public List<DeclarationReview> pendingDeclarations() {
        return pendingDeclarations.pendingReviews();
    }

    public ReferralDeclaration declaration(UUID id, RelaisUser viewer) {
        return pendingDeclarations.visibleTo(viewer, id);
    }

    public DeclarationReview review(ReferralDeclaration declaration) {
        return pendingDeclarations.review(declaration);
    }

    /** For the referrer's eyes only: the referred person's name when they are of the referrer's company or group. */
    public Optional<String> referredNameForReferrer(ReferralDeclaration declaration) {
        return pendingDeclarations.referredNameForReferrer(declaration);
    }

    /** The pending declaration a confirmation link stands for; empty for an unknown or used link. */
    public Optional<ReferralDeclaration> declarationForLink(String token) {
        return pendingDeclarations.byToken(token);
    }

    @Transactional
    public DeclarationDecision confirmDeclaration(UUID id, RelaisUser user) {
        return pendingDeclarations.confirm(id, user);
    }

    @Transactional
    public DeclarationDecision declineDeclaration(UUID id, RelaisUser user, String reason) {
        return pendingDeclarations.decline(id, user, reason);
    }

    @Transactional
    public DeclarationDecision confirmByLink(String token) {
        return pendingDeclarations.confirmByToken(token);
    }

    @Transactional
    public DeclarationDecision declineByLink(String token) {
        return pendingDeclarations.declineByToken(token);
    }

    @Transactional
    public PolicyVersion addPolicyVersion(LocalDate effectiveFrom, Integer protectionMonths, UUID recordedBy) {
        return declarations.policy(effectiveFrom, protectionMonths, recordedBy);
    }

    /** An account manager takes a version recorded by mistake out of force; it stays in the history. */
    @Transactional
    public PolicyVersion retirePolicyVersion(UUID versionId, String reason, RelaisUser manager) {
        return retirement.retire(versionId, reason, manager);
    }

    @Transactional
    public PriorRelationshipClaim declarePriorRelationship(FreelancerId freelancer, String personId, LocalDate since,
            String description) {
        return claimDecisions.priorClaim(freelancer, personId, since, description, ParisCalendar.today(clock));
    }

    @Transactional
    public PriorRelationshipClaim acceptClaim(UUID claimId, LocalDate effectiveOn, RelaisUser manager) {
        return claimDecisions.accept(claimId, effectiveOn == null ? ParisCalendar.today(clock) : effectiveOn, manager);
    }

    @Transactional
    public PriorRelationshipClaim rejectClaim(UUID claimId, String reason, RelaisUser manager) {
        return claimDecisions.reject(claimId, reason, manager);
    }
}
