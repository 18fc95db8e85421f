package relais.billing;

import relais.mission.MissionId;

/**
 * A client person (or an account manager for them) validated a report; its two invoices were issued with it, in the
 * same transaction: the platform's to the client ({@code clientInvoice}, 380) and the freelancer's self-billed one
 * ({@code selfBilledInvoice}, 389). This one event stands for both invoices (no {@link InvoiceIssued} is published for
 * them), so a validation writes one publication per listener rather than one per invoice and listener.
 */
public record ActivityReportValidated(ActivityReportId id, MissionId missionId, InvoiceId clientInvoice,
        InvoiceId selfBilledInvoice) {
}
