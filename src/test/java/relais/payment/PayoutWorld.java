package relais.payment;

import static relais.support.Fixtures.map;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.transaction.support.TransactionTemplate;
import relais.billing.InvoiceId;
import relais.billing.InvoicePayments;
import relais.shared.Money;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.Invoicing;

/**
 * A company and a freelancer ready to be invoiced, a mission between them and its validated months: each month gives
 * a client invoice and the freelancer's self-billed invoice (total incl. VAT = days × the day rate, franchise).
 */
record PayoutWorld(Fixtures fixtures, String companyId, String clientEmail, String freelancerId, String freelancerEmail,
        String missionId) {

    /** One validated month: its report and its two invoices. */
    record Month(String reportId, String clientInvoiceId, String selfBilledInvoiceId) {
    }

    static PayoutWorld create(Fixtures fixtures) {
        return create(fixtures, "500.00");
    }

    /** A world whose mission pays the freelancer {@code dayRate} a day (480.00 × 2.5 days = 1,200.00). */
    static PayoutWorld create(Fixtures fixtures, String dayRate) {
        int n = Fixtures.next();
        String domain = "payouts" + n + ".example";
        String company = Invoicing.company(fixtures, "Payeur " + n, domain, false);
        String clientEmail = "buyer" + n + "@" + domain;
        String person = expect(fixtures.person("Buyer " + n, clientEmail, company, Fixtures.PASSWORD), 201).text("id");
        String freelancerEmail = "paid" + n + "@freelance.example";
        String freelancer = Invoicing.freelancer(fixtures, "Léa Payée" + n, freelancerEmail, dayRate);
        String mission = expect(fixtures.admin().post("/api/missions", Api.json(map("freelancerId", freelancer,
                "companyId", company, "participantIds", List.of(person), "title", "Mission " + n,
                "agreedOn", "2026-01-01", "introducedOn", "2026-01-01", "startOn", "2026-01-01", "endOn", "2026-12-31",
                "dayRate", map("amount", dayRate, "currency", "EUR"), "days", 200))), 201).text("id");
        return new PayoutWorld(fixtures, company, clientEmail, freelancer, freelancerEmail, mission);
    }

    Api freelancer() {
        return fixtures.as(freelancerEmail);
    }

    Api client() {
        return fixtures.as(clientEmail);
    }

    /** A month declared and validated by the client. */
    Month validated(String month, String days) {
        String report = expect(freelancer().post("/api/missions/" + missionId + "/activity-reports",
                Api.json(map("month", month, "days", days))), 201).text("id");
        var invoices = expect(client().post("/api/activity-reports/" + report + "/validate", "{}"), 200).json()
                .path("invoices");
        String client = null;
        String own = null;
        for (var invoice : invoices) {
            if ("CLIENT".equals(invoice.path("kind").asString())) {
                client = invoice.path("id").asString();
            } else {
                own = invoice.path("id").asString();
            }
        }
        return new Month(report, client, own);
    }

    /** The client pays {@code amount} of the month's platform invoice, through billing's payments. */
    static void clientPays(Month month, String amount, LocalDate on, InvoicePayments payments, TransactionTemplate tx) {
        tx.executeWithoutResult(status -> payments.apply(new InvoiceId(UUID.fromString(month.clientInvoiceId())),
                Money.euros(amount), on));
    }

    static Api.Response expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ": " + response.status() + " " + response.body());
        }
        return response;
    }
}
