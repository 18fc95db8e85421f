package relais.marketplace;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.company.Person;
import relais.company.PersonId;
import relais.freelancer.Freelancer;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.marketplace.internal.BriefRows;
import relais.marketplace.internal.BriefRules;
import relais.marketplace.internal.CandidateSearch;
import relais.marketplace.internal.Notices;
import relais.marketplace.internal.ProposalRows;
import relais.marketplace.internal.QuoteNumbers;
import relais.shared.ConflictException;
import relais.shared.Ids;
import relais.shared.InputCheck;
import relais.shared.NotFoundException;
import relais.shared.ParisCalendar;
import relais.shared.PlatformDates;
import relais.shared.TextRule;

/**
 * Briefs from their posting to their end: who may read them, the account managers' queue, invitations, the
 * shortlist and closing. A client user reaches only their own company's briefs; any other is simply not found.
 */
@Service
public class Briefs {

    private final BriefRows briefs;
    private final ProposalRows proposals;
    private final QuoteNumbers quoteNumbers;
    private final CompanyManagement companies;
    private final FreelancerManagement freelancers;
    private final Notices notices;
    private final CandidateSearch search;
    private final Clock clock;

    Briefs(BriefRows briefs, ProposalRows proposals, QuoteNumbers quoteNumbers, CompanyManagement companies,
            FreelancerManagement freelancers, Notices notices, CandidateSearch search, Clock clock) {
        this.search = search;
        this.briefs = briefs;
        this.proposals = proposals;
        this.quoteNumbers = quoteNumbers;
        this.companies = companies;
        this.freelancers = freelancers;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public Brief post(BriefRequest r, RelaisUser user) {
        var check = new InputCheck();
        CompanyId companyId;
        PersonId contactId;
        Instant submittedAt = clock.instant();
        if (user.isAccountManager()) {
            UUID company = check.field("companyId", () -> Ids.parseField(check.required("companyId", r.companyId())));
            UUID contact = check.field("contactId", () -> Ids.parseField(check.required("contactId", r.contactId())));
            companyId = company == null ? null : new CompanyId(company);
            contactId = contact == null ? null : new PersonId(contact);
            if (r.submittedAt() != null) {
                submittedAt = r.submittedAt().toInstant();
                check.field("submittedAt", () -> PlatformDates.check(r.submittedAt().toLocalDate()));
                if (submittedAt.isAfter(clock.instant())) {
                    check.problem("submittedAt", "validation.date.future", "must not be in the future");
                }
            }
            if (companyId != null && companies.company(companyId).isEmpty()) {
                check.problem("companyId", "validation.unknown", "no such company");
            } else if (companyId != null && contactId != null) {
                var person = companies.person(contactId);
                if (person.isEmpty() || !companyId.equals(person.get().companyId())) {
                    check.problem("contactId", "validation.contact.company", "must be a person of the company");
                }
            }
        } else if (user.isClient() && user.companyId() != null && user.personId() != null) {
            companyId = new CompanyId(user.companyId());
            contactId = new PersonId(user.personId());
        } else {
            throw new NotFoundException("brief");
        }
        var brief = BriefIntake.read(check, r, companyId, contactId, submittedAt, user);
        briefs.insert(brief);
        return brief;
    }

    /** The brief, for account managers and its company's client users; not found for anyone else. */
    public Brief brief(BriefId id, RelaisUser user) {
        var brief = briefs.byId(id).orElseThrow(() -> NotFoundException.of("brief", id));
        if (!mayRead(brief, user)) {
            throw NotFoundException.of("brief", id);
        }
        return brief;
    }

    static boolean mayRead(Brief brief, RelaisUser user) {
        return user.isAccountManager()
                || (user.isClient() && user.companyId() != null && brief.companyId().value().equals(user.companyId()));
    }

    /** The account managers' queue: briefs still open, those waiting for a shortlist first, by due time. */
    public List<Brief> queue(int limit) {
        return briefs.queue(limit);
    }

    public List<Brief> ofCompany(CompanyId company, int limit) {
        return briefs.ofCompany(company, limit);
    }

    @Transactional
    public Proposal invite(BriefId id, String rawFreelancerId, RelaisUser user) {
        var brief = brief(id, user);
        var check = new InputCheck();
        UUID freelancerId = check.field("freelancerId", () -> Ids.parseField(check.required("freelancerId", rawFreelancerId)));
        Freelancer freelancer = freelancerId == null ? null : freelancers.freelancer(new FreelancerId(freelancerId)).orElse(null);
        if (freelancerId != null && freelancer == null) {
            check.problem("freelancerId", "validation.unknown", "no such freelancer");
        }
        check.throwIfInvalid();
        if (!brief.open()) {
            throw new RefusedMove("invite", brief.status());
        }
        var invitation = Proposal.invited(ProposalId.random(), brief.id(), freelancer.id(), clock.instant());
        try {
            proposals.insert(invitation);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("freelancerId", "conflict.marketplace.invited", "This freelancer is already invited to this brief");
        }
        var company = companies.companyOrThrow(brief.companyId());
        notices.toFreelancer(freelancer, "invited", "/invitations", invitation.id().toString(),
                locale -> new Object[] {brief.title(), company.name()});
        return invitation;
    }

    /**
     * Sends 1–4 proposals of this brief to the client: each gets its client price (the company's commission, fixed
     * now) and its devis number. The first shortlist stops the brief's clock.
     */
    @Transactional
    public Brief shortlist(BriefId id, List<String> proposalIds, RelaisUser user) {
        brief(id, user);
        var brief = briefs.lockedById(id).orElseThrow();
        var check = new InputCheck();
        var ids = new ArrayList<ProposalId>();
        if (proposalIds == null || proposalIds.isEmpty() || proposalIds.size() > 4) {
            check.problem("proposalIds", "validation.shortlist.size", "between 1 and 4 proposals");
        } else {
            for (int i = 0; i < proposalIds.size(); i++) {
                String raw = proposalIds.get(i);
                UUID value = check.field("proposalIds[" + i + "]", () -> Ids.parseField(raw));
                if (value != null && !ids.contains(new ProposalId(value))) {
                    ids.add(new ProposalId(value));
                }
            }
        }
        check.throwIfInvalid();
        if (!brief.open()) {
            throw new RefusedMove("shortlist", brief.status());
        }
        var company = companies.companyOrThrow(brief.companyId());
        LocalDate today = ParisCalendar.today(clock);
        var chosen = new ArrayList<Proposal>();
        for (ProposalId proposalId : ids) {
            var proposal = proposals.byId(proposalId).filter(p -> p.briefId().equals(brief.id()))
                    .orElseThrow(() -> new ConflictException("proposalIds", "conflict.marketplace.otherBrief",
                            "Only proposals of this brief can be shortlisted"));
            if (proposal.status() != ProposalStatus.PROPOSED) {
                throw new RefusedMove("shortlistProposal", proposal.status());
            }
            chosen.add(proposal);
        }
        for (Proposal proposal : chosen) {
            var price = ClientPrice.of(proposal.dayRate(), company.commissionRate(), proposal.days());
            proposals.update(proposal.shortlist(price.dayRate(), quoteNumbers.next(today.getYear()), today));
        }
        var shortlisted = brief.shortlist(clock.instant());
        briefs.updateState(shortlisted);
        companies.person(brief.contactId()).ifPresent(contact -> notices.toPerson(contact, "shortlisted",
                "/briefs/" + brief.id(), brief.id().toString(), locale -> new Object[] {brief.title(), chosen.size()}));
        return shortlisted;
    }

    /** Closes the brief; whatever was still open is not selected, and its freelancers are told. */
    @Transactional
    public Brief close(BriefId id, String rawReason, RelaisUser user) {
        brief(id, user);
        var check = new InputCheck();
        String reason = BriefRules.text(check, "reason", rawReason);
        check.throwIfInvalid();
        var brief = briefs.lockedById(id).orElseThrow();
        var closed = brief.close(reason);
        briefs.updateState(closed);
        letOthersGo(brief);
        return closed;
    }

    /** Every proposal of the brief still open becomes NOT_SELECTED; those who answered yes are thanked. */
    void letOthersGo(Brief brief) {
        for (Proposal proposal : proposals.ofBrief(brief.id())) {
            if (!proposal.stillOpen()) {
                continue;
            }
            proposals.update(proposal.notSelected());
            if (proposal.status() != ProposalStatus.INVITED) {
                freelancers.freelancer(proposal.freelancerId()).ifPresent(f -> notices.toFreelancer(f, "notSelected",
                        "/invitations", proposal.id().toString(), locale -> new Object[] {brief.title()}));
            }
        }
    }

    /** The brief's proposals as its reader may see them: a client user sees only those sent to them. */
    public List<Proposal> proposals(BriefId id, RelaisUser user) {
        var brief = brief(id, user);
        var all = proposals.ofBrief(brief.id());
        if (user.isAccountManager()) {
            return all;
        }
        return all.stream().filter(Proposal::sentToClient).toList();
    }

    /** Freelancers for the brief, best first (account managers). */
    public List<Candidate> candidates(BriefId id, String text, int limit, RelaisUser user) {
        var brief = brief(id, user);
        var check = new InputCheck();
        check.text("q", text, TextRule.SHORT);
        check.throwIfInvalid();
        var company = companies.companyOrThrow(brief.companyId());
        return search.find(brief, company.commissionRate(), text, Math.clamp(limit, 1, 100));
    }

    public List<Person> contactOf(Brief brief) {
        return companies.person(brief.contactId()).stream().toList();
    }
}
