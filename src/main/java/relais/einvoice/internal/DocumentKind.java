package relais.einvoice.internal;

import java.util.Arrays;

/**
 * The four documents Relais issues, by their UNTDID 1001 code: who writes them (the seller, or the platform for the
 * freelancer under the invoicing mandate) and whether they cancel an earlier invoice.
 */
public enum DocumentKind {

    INVOICE("380", "Facture", false, false),
    SELF_BILLED_INVOICE("389", "Facture", true, false),
    CREDIT_NOTE("381", "Avoir", false, true),
    SELF_BILLED_CREDIT_NOTE("261", "Avoir", true, true);

    private final String code;
    private final String title;
    private final boolean selfBilled;
    private final boolean creditNote;

    DocumentKind(String code, String title, boolean selfBilled, boolean creditNote) {
        this.code = code;
        this.title = title;
        this.selfBilled = selfBilled;
        this.creditNote = creditNote;
    }

    public static DocumentKind of(String typeCode) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(typeCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Relais issues no document of type " + typeCode
                        + "; expected 380, 389, 381 or 261"));
    }

    public String code() {
        return code;
    }

    /** What the document is called on its first line, in French. */
    public String title() {
        return title;
    }

    public boolean selfBilled() {
        return selfBilled;
    }

    public boolean creditNote() {
        return creditNote;
    }
}
