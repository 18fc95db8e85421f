package relais.marketplace.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import relais.account.RelaisUser;
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.marketplace.BriefId;
import relais.marketplace.BriefRequest;
import relais.marketplace.Briefs;
import relais.marketplace.Proposal;
import relais.marketplace.ProposalId;
import relais.marketplace.ProposalStatus;
import relais.marketplace.Proposals;
import relais.marketplace.Quote;
import relais.marketplace.Selection;
import relais.marketplace.web.MarketplaceJson.BriefForFreelancer;
import relais.marketplace.web.MarketplaceJson.BriefJson;
import relais.marketplace.web.MarketplaceJson.CandidateJson;
import relais.marketplace.web.MarketplaceJson.ContactJson;
import relais.marketplace.web.MarketplaceJson.FreelancerContact;
import relais.marketplace.web.MarketplaceJson.InvitationJson;
import relais.marketplace.web.MarketplaceJson.ProposalJson;

/** Briefs, invitations, the shortlist and the introduction, as API.md describes them. */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BriefApi {

    record InvitationBody(String freelancerId) {
    }

    /** An invitation or proposal and the state it is now in. */
    record ProposalState(String id, String status) {
    }

    @Schema(name = "ProposalReason")
    record ReasonBody(String reason) {
    }

    record ShortlistBody(List<String> proposalIds) {
    }

    record SelectedJson(String id, String status, String missionId, LocalDate introducedOn, FreelancerContact freelancer) {
    }

    private final Briefs briefs;
    private final Proposals proposals;
    private final FreelancerManagement freelancers;
    private final CompanyManagement companies;
    private final Clock clock;

    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'CLIENT')")
    @PostMapping("/briefs")
    @ResponseStatus(HttpStatus.CREATED)
    BriefJson post(@RequestBody BriefRequest body, @AuthenticationPrincipal RelaisUser user) {
        return BriefJson.of(briefs.post(body, user), clock.instant());
    }

    /** Account managers: the queue by due time; client users: their company's briefs, newest first. */
    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'CLIENT')")
    @GetMapping("/briefs")
    List<BriefJson> list(@AuthenticationPrincipal RelaisUser user) {
        var found = user.isAccountManager() ? briefs.queue(200)
                : user.companyId() == null ? List.<relais.marketplace.Brief>of()
                : briefs.ofCompany(new CompanyId(user.companyId()), 200);
        return found.stream().map(b -> BriefJson.of(b, clock.instant())).toList();
    }

    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'CLIENT')")
    @GetMapping("/briefs/{id}")
    BriefJson brief(@PathVariable BriefId id, @AuthenticationPrincipal RelaisUser user) {
        return BriefJson.of(briefs.brief(id, user), clock.instant());
    }

    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    @GetMapping("/briefs/{id}/candidates")
    List<CandidateJson> candidates(@PathVariable BriefId id, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "20") int limit, @AuthenticationPrincipal RelaisUser user) {
        return briefs.candidates(id, q, limit, user).stream().map(CandidateJson::of).toList();
    }

    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    @PostMapping("/briefs/{id}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    ProposalState invite(@PathVariable BriefId id, @RequestBody InvitationBody body,
            @AuthenticationPrincipal RelaisUser user) {
        var invitation = briefs.invite(id, body.freelancerId(), user);
        return new ProposalState(invitation.id().toString(), invitation.status().name());
    }

    @PreAuthorize("hasRole('FREELANCER')")
    @PostMapping("/invitations/{id}/accept")
    InvitationJson accept(@PathVariable ProposalId id, @RequestBody(required = false) Quote body,
            @AuthenticationPrincipal RelaisUser user) {
        return InvitationJson.of(proposals.accept(id, body, user), null, null);
    }

    @PreAuthorize("hasRole('FREELANCER')")
    @PostMapping("/invitations/{id}/decline")
    InvitationJson decline(@PathVariable ProposalId id, @RequestBody ReasonBody body,
            @AuthenticationPrincipal RelaisUser user) {
        return InvitationJson.of(proposals.decline(id, body.reason(), user), null, null);
    }

    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    @PostMapping("/briefs/{id}/shortlist")
    BriefJson shortlist(@PathVariable BriefId id, @RequestBody ShortlistBody body, @AuthenticationPrincipal RelaisUser user) {
        return BriefJson.of(briefs.shortlist(id, body.proposalIds(), user), clock.instant());
    }

    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'CLIENT')")
    @GetMapping("/briefs/{id}/proposals")
    List<ProposalJson> proposals(@PathVariable BriefId id, @AuthenticationPrincipal RelaisUser user) {
        var found = briefs.proposals(id, user);
        var byId = freelancers.freelancers(found.stream().map(p -> p.freelancerId().value()).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(f -> f.id(), f -> f));
        return found.stream().map(p -> ProposalJson.of(p, byId.get(p.freelancerId()), user.isAccountManager())).toList();
    }

    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'CLIENT')")
    @GetMapping("/proposals/{id}/quote")
    ResponseEntity<byte[]> quote(@PathVariable ProposalId id, @AuthenticationPrincipal RelaisUser user,
            java.util.Locale locale) {
        return QuoteDownload.of(proposals, id, user, locale);
    }

    @PreAuthorize("hasRole('CLIENT')")
    @PostMapping("/proposals/{id}/select")
    SelectedJson select(@PathVariable ProposalId id, @RequestBody(required = false) Selection body,
            @AuthenticationPrincipal RelaisUser user) {
        var introduced = proposals.select(id, body, user);
        return new SelectedJson(introduced.proposal().id().toString(), introduced.proposal().status().name(),
                introduced.missionId().toString(), introduced.introducedOn(), FreelancerContact.of(introduced.freelancer()));
    }

    @PreAuthorize("hasRole('CLIENT')")
    @PostMapping("/proposals/{id}/reject")
    ProposalState reject(@PathVariable ProposalId id, @RequestBody ReasonBody body,
            @AuthenticationPrincipal RelaisUser user) {
        var rejected = proposals.reject(id, body.reason(), user);
        return new ProposalState(rejected.id().toString(), rejected.status().name());
    }

    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'CLIENT')")
    @PostMapping("/briefs/{id}/close")
    BriefJson close(@PathVariable BriefId id, @RequestBody ReasonBody body, @AuthenticationPrincipal RelaisUser user) {
        return BriefJson.of(briefs.close(id, body.reason(), user), clock.instant());
    }

    /** The freelancer's invitations with their briefs; the client's contacts appear once they were selected. */
    @PreAuthorize("hasRole('FREELANCER')")
    @GetMapping("/me/invitations")
    List<InvitationJson> mine(@AuthenticationPrincipal RelaisUser user) {
        return proposals.ofFreelancer(new FreelancerId(user.freelancerId())).stream().map(this::invitation).toList();
    }

    private InvitationJson invitation(Proposal p) {
        var brief = proposals.briefOf(p);
        var company = companies.companyOrThrow(brief.companyId());
        List<ContactJson> contacts = p.status() == ProposalStatus.SELECTED
                ? proposals.clientContacts(p).stream().map(ContactJson::of).toList() : null;
        return InvitationJson.of(p, BriefForFreelancer.of(brief, company.name()), contacts);
    }
}
