package relais.billing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import relais.billing.ActivityReport;
import relais.billing.Invoice;
import relais.shared.MoneyJson;

/** Activity reports and invoices as the API writes them (API.md, "Activity reports and invoices"). */
final class BillingJson {

    private BillingJson() {
    }

    @Schema(name = "ActivityReportJson")
    record ReportJson(String id, String missionId, String month, BigDecimal days, String note, boolean last,
            String status, String submittedAt, String decidedBy, String decidedAt, String purchaseOrder,
            String rejectionReason, String validationNote, LocalDate validatedOn, String cancelReason) {

        static ReportJson of(ActivityReport r) {
            return new ReportJson(r.id().toString(), r.missionId().toString(), r.month().toString(), r.days(), r.note(),
                    r.last(), r.status().name(), r.submittedAt().toString(),
                    r.decidedBy() == null ? null : r.decidedBy().name(),
                    r.decidedAt() == null ? null : r.decidedAt().toString(), r.purchaseOrder(), r.rejectionReason(),
                    r.validationNote(), r.validatedOn(), r.cancelReason());
        }
    }

    @Schema(name = "ActivityReportCreated")
    record Created(String id, String status) {
    }

    record Validated(String id, String status, List<InvoiceJson> invoices) {
    }

    record Rejected(String id, String status) {
    }

    record Cancelled(String id, String status, List<InvoiceJson> creditNotes) {
    }

    record PartyJson(String name, String siren, String siret, String vatNumber, String address) {

        static PartyJson of(Invoice.Party p) {
            return new PartyJson(p.name(), p.siren(), p.siret(), p.vatNumber(), p.address());
        }
    }

    record PeriodJson(LocalDate from, LocalDate to) {
    }

    record LineJson(String description, String quantity, MoneyJson unitPrice, MoneyJson net, String vatRate) {

        static LineJson of(Invoice.Line l) {
            return new LineJson(l.description(), l.quantity().stripTrailingZeros().toPlainString(),
                    MoneyJson.of(l.unitPrice()), MoneyJson.of(l.net()), l.vatRate().setScale(2).toPlainString());
        }
    }

    record InvoiceJson(String id, String number, String kind, String documentType, LocalDate issuedOn, LocalDate dueOn,
            String status, boolean overdue, PartyJson seller, PartyJson buyer, String purchaseOrder,
            PeriodJson servicePeriod, List<LineJson> lines, MoneyJson net, MoneyJson vat, MoneyJson total,
            MoneyJson amountDue, List<String> mentions, String creditedInvoiceNumber, String activityReportId,
            String missionId, String freelancerId, String companyId) {

        static InvoiceJson of(Invoice i, LocalDate today) {
            return new InvoiceJson(i.id().toString(), i.number(), i.kind().name(), i.documentType(), i.issuedOn(),
                    i.dueOn(), i.status().name(), i.overdue(today), PartyJson.of(i.seller()), PartyJson.of(i.buyer()),
                    i.purchaseOrder(), new PeriodJson(i.servicePeriodFrom(), i.servicePeriodTo()),
                    i.lines().stream().map(LineJson::of).toList(), MoneyJson.of(i.net()), MoneyJson.of(i.vat()),
                    MoneyJson.of(i.total()), MoneyJson.of(i.amountDue()), i.mentions(), i.creditedInvoiceNumber(),
                    string(i.activityReportId()), string(i.missionId()), string(i.freelancerId()), string(i.companyId()));
        }
    }

    private static String string(Object id) {
        return id == null ? null : id.toString();
    }
}
