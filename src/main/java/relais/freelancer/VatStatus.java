package relais.freelancer;

/** Whether the freelancer charges VAT, or is under the "franchise en base" (art. 293 B du CGI) and does not. */
public enum VatStatus {
    LIABLE, FRANCHISE
}
