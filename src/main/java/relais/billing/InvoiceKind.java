package relais.billing;

/**
 * The documents billing issues, each with its UNTDID 1001 type code: the platform's invoice to the client (380),
 * the self-billed invoice of the freelancer to the platform (389), their credit notes (381 and 261), and the
 * early-payment fee invoice to the freelancer (380).
 */
public enum InvoiceKind {
    CLIENT("380"), SELF_BILLED("389"), CLIENT_CREDIT_NOTE("381"), SELF_BILLED_CREDIT_NOTE("261"),
    EARLY_PAYMENT_FEE("380");

    private final String documentType;

    InvoiceKind(String documentType) {
        this.documentType = documentType;
    }

    public String documentType() {
        return documentType;
    }

    /** Documents the freelancer receives or is the seller of; the client never sees them. */
    public boolean isFreelancers() {
        return this == SELF_BILLED || this == SELF_BILLED_CREDIT_NOTE || this == EARLY_PAYMENT_FEE;
    }

    /** Documents addressed to the client company; the freelancer never sees them. */
    public boolean isClients() {
        return this == CLIENT || this == CLIENT_CREDIT_NOTE;
    }

    public boolean isCreditNote() {
        return this == CLIENT_CREDIT_NOTE || this == SELF_BILLED_CREDIT_NOTE;
    }
}
