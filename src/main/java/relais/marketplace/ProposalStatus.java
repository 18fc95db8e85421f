package relais.marketplace;

/** An invitation to a brief and what became of it: the freelancer's answer, then the client's choice. */
public enum ProposalStatus {
    INVITED, PROPOSED, DECLINED, SHORTLISTED, SELECTED, REJECTED, NOT_SELECTED
}
