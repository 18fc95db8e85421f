package relais.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.account.RelaisUser;
import relais.billing.ActivityReportId;
import relais.billing.Invoice;
import relais.billing.InvoiceFilter;
import relais.billing.InvoiceId;
import relais.billing.InvoiceKind;
import relais.billing.InvoiceStatus;
import relais.company.CompanyId;
import relais.freelancer.FreelancerId;
import relais.mission.MissionId;
import relais.shared.Money;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Invoices as issued: their content goes in once; only status and amount due are ever written again. */
@Repository
public class InvoiceRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = "select * from invoice i";

    private final JdbcClient jdbc;

    InvoiceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Invoice i, String series, int year, int sequence, InvoiceId credited) {
        var p = new LinkedHashMap<String, Object>();
        p.put("id", i.id().value());
        p.put("number", i.number());
        p.put("series", series);
        p.put("year", year);
        p.put("sequence", sequence);
        p.put("kind", i.kind().name());
        p.put("issuedOn", i.issuedOn());
        p.put("dueOn", i.dueOn());
        p.put("status", i.status().name());
        p.put("seller", JSON.writeValueAsString(i.seller()));
        p.put("buyer", JSON.writeValueAsString(i.buyer()));
        p.put("po", i.purchaseOrder());
        p.put("from", i.servicePeriodFrom());
        p.put("to", i.servicePeriodTo());
        p.put("lines", JSON.writeValueAsString(i.lines()));
        p.put("currency", i.total().currency());
        p.put("net", i.net().amount());
        p.put("vat", i.vat().amount());
        p.put("total", i.total().amount());
        p.put("due", i.amountDue().amount());
        p.put("mentions", JSON.writeValueAsString(i.mentions()));
        p.put("exemption", i.vatExemptionReason());
        p.put("creditedId", credited == null ? null : credited.value());
        p.put("creditedNumber", i.creditedInvoiceNumber());
        p.put("creditedOn", i.creditedInvoiceIssuedOn());
        p.put("iban", i.payeeIban());
        p.put("report", i.activityReportId() == null ? null : i.activityReportId().value());
        p.put("mission", i.missionId() == null ? null : i.missionId().value());
        p.put("freelancer", i.freelancerId() == null ? null : i.freelancerId().value());
        p.put("company", i.companyId() == null ? null : i.companyId().value());
        jdbc.sql("""
                insert into invoice (id, number, series, year, sequence, kind, issued_on, due_on, status, seller, buyer,
                                     purchase_order, period_from, period_to, lines, currency, net, vat, total, amount_due,
                                     mentions, vat_exemption_reason, credited_invoice_id, credited_invoice_number,
                                     credited_invoice_issued_on, payee_iban, activity_report_id, mission_id,
                                     freelancer_id, company_id)
                values (:id, :number, :series, :year, :sequence, :kind, :issuedOn, :dueOn, :status, cast(:seller as jsonb),
                        cast(:buyer as jsonb), :po, :from, :to, cast(:lines as jsonb), :currency, :net, :vat, :total, :due,
                        cast(:mentions as jsonb), :exemption, :creditedId, :creditedNumber, :creditedOn, :iban, :report,
                        :mission, :freelancer, :company)""").params(p).update();
    }

    /** Only the payment side of an invoice moves (the database refuses anything else). */
    public void updateStatus(Invoice invoice) {
        jdbc.sql("update invoice set status = :status, amount_due = :due where id = :id")
                .param("status", invoice.status().name()).param("due", invoice.amountDue().amount())
                .param("id", invoice.id().value()).update();
    }

    public Optional<Invoice> byId(InvoiceId id) {
        return jdbc.sql(SELECT + " where i.id = :id").param("id", id.value()).query(InvoiceRows::invoice).optional();
    }

    /** The invoice, locked until the transaction ends, so that payments to it are applied one at a time. */
    public Optional<Invoice> byIdLocked(InvoiceId id) {
        return jdbc.sql(SELECT + " where i.id = :id for update").param("id", id.value()).query(InvoiceRows::invoice)
                .optional();
    }

    /** The platform's invoices to clients bearing these numbers, locked until the transaction ends. */
    public List<Invoice> clientInvoicesNumberedLocked(java.util.Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where i.kind = 'CLIENT' and i.number in (:numbers) order by i.id for update")
                .param("numbers", numbers).query(InvoiceRows::invoice).list();
    }

    /** The invoices of a report, locked until the transaction ends: the client's first, then the freelancer's. */
    public List<Invoice> ofReportLocked(ActivityReportId report) {
        return jdbc.sql(SELECT + " where i.activity_report_id = :report and i.kind in ('CLIENT', 'SELF_BILLED') order by i.kind for update")
                .param("report", report.value()).query(InvoiceRows::invoice).list();
    }

    public List<Invoice> ofReport(ActivityReportId report) {
        return jdbc.sql(SELECT + " where i.activity_report_id = :report order by i.created_at, i.kind")
                .param("report", report.value()).query(InvoiceRows::invoice).list();
    }

    /**
     * The invoices {@code user} may see that pass {@code filter}, newest first, at most {@code limit}: a freelancer
     * their own documents, a client user those addressed to their company, an account manager all.
     */
    public List<Invoice> visible(RelaisUser user, InvoiceFilter filter, int offset, int limit) {
        var where = new ArrayList<String>();
        var p = new LinkedHashMap<String, Object>();
        if (user.isFreelancer()) {
            where.add("i.freelancer_id = :me and i.kind in ('SELF_BILLED', 'SELF_BILLED_CREDIT_NOTE', 'EARLY_PAYMENT_FEE')");
            p.put("me", user.freelancerId());
        } else if (user.isClient()) {
            where.add("i.company_id = :me and i.kind in ('CLIENT', 'CLIENT_CREDIT_NOTE')");
            p.put("me", user.companyId());
        } else if (!user.isAccountManager()) {
            return List.of();
        }
        condition(where, p, "i.kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name());
        condition(where, p, "i.status = :status", "status", filter.status() == null ? null : filter.status().name());
        condition(where, p, "i.company_id = :company", "company", filter.companyId() == null ? null : filter.companyId().value());
        condition(where, p, "i.freelancer_id = :freelancer", "freelancer",
                filter.freelancerId() == null ? null : filter.freelancerId().value());
        condition(where, p, "i.issued_on >= :from", "from", filter.from());
        condition(where, p, "i.issued_on <= :to", "to", filter.to());
        p.put("offset", offset);
        p.put("limit", limit);
        String sql = SELECT + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by i.issued_on desc, i.created_at desc, i.number desc offset :offset limit :limit";
        return jdbc.sql(sql).params(p).query(InvoiceRows::invoice).list();
    }

    private static void condition(List<String> where, Map<String, Object> params, String sql, String name, Object value) {
        if (value != null) {
            where.add(sql);
            params.put(name, value);
        }
    }

    public Optional<byte[]> pdf(InvoiceId id) {
        return jdbc.sql("select pdf from invoice_document where invoice_id = :id").param("id", id.value())
                .query((rs, row) -> rs.getBytes("pdf")).optional();
    }

    /**
     * Stores the rendered PDF once; a second rendering (a race) is dropped and the first one kept. True when these
     * bytes are the ones stored.
     */
    public boolean storePdf(InvoiceId id, byte[] pdf) {
        return jdbc.sql("insert into invoice_document (invoice_id, pdf) values (:id, :pdf) on conflict do nothing")
                .param("id", id.value()).param("pdf", pdf).update() == 1;
    }

    static Invoice invoice(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        return new Invoice(new InvoiceId(rs.getObject("id", UUID.class)), rs.getString("number"),
                InvoiceKind.valueOf(rs.getString("kind")), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), InvoiceStatus.valueOf(rs.getString("status")),
                JSON.readValue(rs.getString("seller"), Invoice.Party.class),
                JSON.readValue(rs.getString("buyer"), Invoice.Party.class), rs.getString("purchase_order"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                JSON.readValue(rs.getString("lines"), new TypeReference<List<Invoice.Line>>() { }),
                new Money(rs.getBigDecimal("net"), currency), new Money(rs.getBigDecimal("vat"), currency),
                new Money(rs.getBigDecimal("total"), currency), new Money(rs.getBigDecimal("amount_due"), currency),
                JSON.readValue(rs.getString("mentions"), new TypeReference<List<String>>() { }),
                rs.getString("vat_exemption_reason"), rs.getString("credited_invoice_number"),
                rs.getObject("credited_invoice_issued_on", LocalDate.class), rs.getString("payee_iban"),
                id(rs, "activity_report_id", ActivityReportId::new), id(rs, "mission_id", MissionId::new),
                id(rs, "freelancer_id", FreelancerId::new), id(rs, "company_id", CompanyId::new));
    }

    private static <T> T id(ResultSet rs, String column, java.util.function.Function<UUID, T> type) throws SQLException {
        UUID id = rs.getObject(column, UUID.class);
        return id == null ? null : type.apply(id);
    }
}
