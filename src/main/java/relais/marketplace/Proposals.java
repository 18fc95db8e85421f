package relais.marketplace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.company.CompanyManagement;
import relais.company.PersonId;
import relais.document.PdfDocuments;
import relais.freelancer.Freelancer;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.marketplace.internal.BriefRows;
import relais.marketplace.internal.BriefRules;
import relais.marketplace.internal.Notices;
import relais.marketplace.internal.ProposalRows;
import relais.mission.Introductions;
import relais.mission.MissionManagement;
import relais.shared.Ids;
import relais.shared.InputCheck;
import relais.shared.MissingFieldsException;
import relais.shared.Money;
import relais.shared.MoneyInput;
import relais.shared.MoneyFormat;
import relais.shared.NotFoundException;
import relais.shared.ParisCalendar;

/**
 * A proposal's life after the invitation: the freelancer's answer, the client's devis, and the client's choice,
 * which introduces them. Each party reaches only their own proposals; anyone else's are not found.
 */
@Service
public class Proposals {

    private final ProposalRows proposals;
    private final BriefRows briefs;
    private final Briefs briefService;
    private final FreelancerManagement freelancers;
    private final CompanyManagement companies;
    private final Introductions introductions;
    private final MissionManagement missions;
    private final PdfDocuments documents;
    private final Notices notices;
    private final Clock clock;

    Proposals(ProposalRows proposals, BriefRows briefs, Briefs briefService, FreelancerManagement freelancers,
            CompanyManagement companies, Introductions introductions, MissionManagement missions, PdfDocuments documents,
            Notices notices, Clock clock) {
        this.missions = missions;
        this.proposals = proposals;
        this.briefs = briefs;
        this.briefService = briefService;
        this.freelancers = freelancers;
        this.companies = companies;
        this.introductions = introductions;
        this.documents = documents;
        this.notices = notices;
        this.clock = clock;
    }

    /** The invitation, for the freelancer invited (and account managers). */
    public Proposal invitation(ProposalId id, RelaisUser user) {
        var proposal = proposals.byId(id).orElseThrow(() -> NotFoundException.of("invitation", id));
        if (!user.isAccountManager() && !proposal.freelancerId().value().equals(user.freelancerId())) {
            throw NotFoundException.of("invitation", id);
        }
        return proposal;
    }

    /** The proposal, for account managers and, once it was sent to them, its brief's company's client users. */
    public Proposal proposal(ProposalId id, RelaisUser user) {
        var proposal = proposals.byId(id).orElseThrow(() -> NotFoundException.of("proposal", id));
        var brief = briefs.byId(proposal.briefId()).orElseThrow();
        if (!Briefs.mayRead(brief, user) || (!user.isAccountManager() && !proposal.sentToClient())) {
            throw NotFoundException.of("proposal", id);
        }
        return proposal;
    }

    public List<Proposal> ofFreelancer(FreelancerId freelancer) {
        return proposals.ofFreelancer(freelancer, 200);
    }

    public Brief briefOf(Proposal proposal) {
        return briefs.byId(proposal.briefId()).orElseThrow();
    }

    @Transactional
    public Proposal accept(ProposalId id, Quote quote, RelaisUser user) {
        var invitation = invitation(id, user);
        if (invitation.status() != ProposalStatus.INVITED) {
            throw new RefusedMove("accept", invitation.status());
        }
        var freelancer = freelancers.freelancerOrThrow(invitation.freelancerId());
        var brief = briefOf(invitation);
        if (!brief.open()) {
            throw new RefusedMove("accept", brief.status());
        }
        var check = new InputCheck();
        var days = quote == null || quote.days() == null ? brief.durationDays() : quote.days();
        BriefRules.days(check, "days", days);
        Money rate = quote != null && quote.dayRate() != null
                ? check.field("dayRate", () -> MoneyInput.positive(quote.dayRate().toMoney()))
                : freelancer.dayRate();
        if (rate == null && !check.hasProblem("dayRate")) {
            check.required("dayRate", null);
        }
        String message = BriefRules.text(check, "message", quote == null ? null : quote.message());
        if (message != null && !message.isBlank() && message.length() < BriefRules.MESSAGE_MIN) {
            check.problem("message", "validation.text.short", "must be at least 20 characters long", BriefRules.MESSAGE_MIN);
        }
        check.throwIfInvalid();
        var missing = freelancer.missingToAccept();
        if (!missing.isEmpty()) {
            throw new MissingFieldsException("freelancer.missing", "freelancer.", missing);
        }
        var proposed = invitation.accept(days, rate, message, clock.instant());
        proposals.update(proposed);
        return proposed;
    }

    @Transactional
    public Proposal decline(ProposalId id, String rawReason, RelaisUser user) {
        var invitation = invitation(id, user);
        if (invitation.status() != ProposalStatus.INVITED) {
            throw new RefusedMove("decline", invitation.status());
        }
        var check = new InputCheck();
        String reason = BriefRules.text(check, "reason", rawReason);
        check.throwIfInvalid();
        var declined = invitation.decline(reason, clock.instant());
        proposals.update(declined);
        return declined;
    }

    @Transactional
    public Proposal reject(ProposalId id, String rawReason, RelaisUser user) {
        var proposal = clientsProposal(id, user);
        var check = new InputCheck();
        String reason = BriefRules.text(check, "reason", rawReason);
        check.throwIfInvalid();
        var rejected = proposal.reject(reason);
        proposals.update(rejected);
        var brief = briefOf(proposal);
        freelancers.freelancer(proposal.freelancerId()).ifPresent(f -> notices.toFreelancer(f, "rejected",
                "/invitations", proposal.id().toString(), locale -> new Object[] {brief.title()}));
        return rejected;
    }

    /**
     * The client's choice, which is the introduction: the mission is agreed that day, both sides receive each
     * other's contact details, and the brief is filled once as many are selected as it wanted.
     */
    @Transactional
    public Introduced select(ProposalId id, Selection selection, RelaisUser user) {
        var proposal = clientsProposal(id, user);
        var company = companies.companyOrThrow(briefOf(proposal).companyId());
        var check = new InputCheck();
        String po = selection == null || selection.purchaseOrder() == null || selection.purchaseOrder().isBlank()
                ? null : selection.purchaseOrder().trim();
        check.text("purchaseOrder", po, BriefRules.PURCHASE_ORDER);
        if (company.poRequired() && po == null) {
            check.problem("purchaseOrder", "validation.purchaseOrder.required", "is required: the company orders with purchase orders");
        }
        var participants = new ArrayList<PersonId>();
        var brief = briefs.lockedById(proposal.briefId()).orElseThrow();
        participants.add(brief.contactId());
        if (selection != null && selection.participantIds() != null) {
            for (int i = 0; i < selection.participantIds().size(); i++) {
                String raw = selection.participantIds().get(i);
                UUID value = check.field("participantIds[" + i + "]", () -> Ids.parseField(raw));
                if (value == null) {
                    continue;
                }
                var person = companies.person(new PersonId(value));
                if (person.isEmpty() || !company.id().equals(person.get().companyId())) {
                    check.problem("participantIds[" + i + "]", "validation.contact.company", "must be a person of the company");
                } else if (!participants.contains(person.get().id())) {
                    participants.add(person.get().id());
                }
            }
        }
        check.throwIfInvalid();
        brief.requireSelectable();
        if (proposal.status() != ProposalStatus.SHORTLISTED) {
            throw new RefusedMove("select", proposal.status());
        }
        var missing = company.missingToBeInvoiced();
        if (!missing.isEmpty()) {
            throw new MissingFieldsException("company.missing", "company.", missing);
        }
        var freelancer = freelancers.freelancerOrThrow(proposal.freelancerId());
        LocalDate today = ParisCalendar.today(clock);
        var mission = introductions.introduce(freelancer.id(), company.id(), participants, brief.title(),
                brief.startOn(), proposal.dayRate(), proposal.days(), proposal.clientDayRate(), po);
        var selected = proposal.select(po, mission.id(), today);
        proposals.update(selected);
        introduce(brief, freelancer, participants, company.name());
        long chosen = proposals.ofBrief(brief.id()).stream().filter(p -> p.status() == ProposalStatus.SELECTED).count();
        if (chosen >= brief.profilesWanted()) {
            briefs.updateState(brief.fill());
            briefService.letOthersGo(brief);
        }
        return new Introduced(selected, mission.id(), today, freelancer);
    }

    /** Each side receives the other's contact details, in the app and by e-mail. */
    private void introduce(Brief brief, Freelancer freelancer, List<PersonId> participants, String companyName) {
        var people = companies.people(participants.stream().map(PersonId::value).toList());
        String clientContacts = people.stream()
                .map(p -> p.fullName() + (p.emails().isEmpty() ? "" : " <" + p.emails().getFirst() + ">"))
                .reduce((a, b) -> a + ", " + b).orElse("");
        notices.toFreelancer(freelancer, "selected", "/invitations", brief.id().toString(),
                locale -> new Object[] {brief.title(), companyName, clientContacts});
        for (var person : people) {
            notices.toPerson(person, "introduced", "/briefs/" + brief.id(), brief.id().toString(),
                    locale -> new Object[] {brief.title(), freelancer.fullName(), freelancer.email().value()});
        }
    }

    /** The client's people the selected freelancer was introduced to (the mission's participants). */
    public List<relais.company.Person> clientContacts(Proposal proposal) {
        if (proposal.missionId() == null) {
            return List.of();
        }
        var mission = missions.missionOrThrow(proposal.missionId());
        return companies.people(mission.participants().stream().map(PersonId::value).toList());
    }

    /** The proposal as its brief's company's client user may decide on it. */
    private Proposal clientsProposal(ProposalId id, RelaisUser user) {
        if (!user.isClient()) {
            throw NotFoundException.of("proposal", id);
        }
        return proposal(id, user);
    }

    /** The devis of a shortlisted proposal, as a PDF in the reader's language. */
    public byte[] quotePdf(ProposalId id, RelaisUser user, Locale locale) {
        var proposal = proposal(id, user);
        if (!proposal.sentToClient()) {
            throw NotFoundException.of("proposal", id);
        }
        var brief = briefOf(proposal);
        var company = companies.companyOrThrow(brief.companyId());
        var freelancer = freelancers.freelancerOrThrow(proposal.freelancerId());
        var price = proposal.clientPrice();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        var model = new LinkedHashMap<String, Object>();
        model.put("number", proposal.quoteNumber());
        model.put("issuedOn", dates.format(proposal.quoteIssuedOn()));
        model.put("validUntil", dates.format(proposal.quoteValidUntil()));
        model.put("startOn", dates.format(brief.startOn()));
        model.put("brief", brief);
        model.put("company", company);
        model.put("freelancerName", freelancer.displayName());
        model.put("freelancerTitle", freelancer.title() == null ? "" : freelancer.title());
        model.put("days", proposal.days().stripTrailingZeros().toPlainString());
        model.put("dayRate", MoneyFormat.format(price.dayRate(), locale));
        model.put("total", MoneyFormat.format(price.total(), locale));
        model.put("vat", MoneyFormat.format(price.vat(), locale));
        model.put("totalWithVat", MoneyFormat.format(price.totalWithVat(), locale));
        return documents.render("quote", model, locale);
    }
}
