package relais.marketplace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import relais.freelancer.FreelancerId;
import relais.mission.MissionId;
import relais.shared.Money;

/**
 * A freelancer invited to a brief and what became of it. The freelancer answers (a quote: days, their own day rate,
 * a message to the client; or a reason to decline); an account manager shortlists the quote, which fixes the client
 * price and numbers its devis; the client selects it (the introduction) or rejects it; when the brief is filled or
 * closed, what is still open is not selected.
 */
public record Proposal(ProposalId id, BriefId briefId, FreelancerId freelancerId, ProposalStatus status,
        Instant invitedAt, BigDecimal days, Money dayRate, String message, String reason, Instant answeredAt,
        Money clientDayRate, String quoteNumber, LocalDate quoteIssuedOn, String purchaseOrder, MissionId missionId,
        LocalDate selectedOn) {

    /** How long a devis holds its price. */
    public static final int QUOTE_VALID_DAYS = 30;

    public static Proposal invited(ProposalId id, BriefId briefId, FreelancerId freelancerId, Instant at) {
        return new Proposal(id, briefId, freelancerId, ProposalStatus.INVITED, at, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    public Proposal accept(BigDecimal quotedDays, Money quotedRate, String quoteMessage, Instant at) {
        require(ProposalStatus.INVITED, "accept");
        return new Proposal(id, briefId, freelancerId, ProposalStatus.PROPOSED, invitedAt, quotedDays, quotedRate,
                quoteMessage, null, at, null, null, null, null, null, null);
    }

    public Proposal decline(String why, Instant at) {
        require(ProposalStatus.INVITED, "decline");
        return new Proposal(id, briefId, freelancerId, ProposalStatus.DECLINED, invitedAt, null, null, null, why, at,
                null, null, null, null, null, null);
    }

    /** Sent to the client at this price, with this devis. */
    public Proposal shortlist(Money fixedClientDayRate, String number, LocalDate issuedOn) {
        require(ProposalStatus.PROPOSED, "shortlistProposal");
        return new Proposal(id, briefId, freelancerId, ProposalStatus.SHORTLISTED, invitedAt, days, dayRate, message,
                reason, answeredAt, fixedClientDayRate, number, issuedOn, null, null, null);
    }

    public Proposal select(String po, MissionId mission, LocalDate on) {
        require(ProposalStatus.SHORTLISTED, "select");
        return new Proposal(id, briefId, freelancerId, ProposalStatus.SELECTED, invitedAt, days, dayRate, message,
                reason, answeredAt, clientDayRate, quoteNumber, quoteIssuedOn, po, mission, on);
    }

    public Proposal reject(String why) {
        require(ProposalStatus.SHORTLISTED, "reject");
        return new Proposal(id, briefId, freelancerId, ProposalStatus.REJECTED, invitedAt, days, dayRate, message, why,
                answeredAt, clientDayRate, quoteNumber, quoteIssuedOn, null, null, null);
    }

    /** Whether the brief's end (filled or closed) still concerns it: it was neither answered no nor decided. */
    public boolean stillOpen() {
        return status == ProposalStatus.INVITED || status == ProposalStatus.PROPOSED
                || status == ProposalStatus.SHORTLISTED;
    }

    public Proposal notSelected() {
        if (!stillOpen()) {
            throw new RefusedMove("notSelected", status);
        }
        return new Proposal(id, briefId, freelancerId, ProposalStatus.NOT_SELECTED, invitedAt, days, dayRate, message,
                reason, answeredAt, clientDayRate, quoteNumber, quoteIssuedOn, null, null, null);
    }

    /** Whether the client has been shown it (it was shortlisted, whatever became of it since). */
    public boolean sentToClient() {
        return quoteNumber != null;
    }

    /** The client's price, once shortlisted. */
    public ClientPrice clientPrice() {
        return clientDayRate == null ? null : ClientPrice.of(clientDayRate, days);
    }

    public LocalDate quoteValidUntil() {
        return quoteIssuedOn == null ? null : quoteIssuedOn.plusDays(QUOTE_VALID_DAYS);
    }

    private void require(ProposalStatus expected, String move) {
        if (status != expected) {
            throw new RefusedMove(move, status);
        }
    }
}
