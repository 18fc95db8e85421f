package relais.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.xml.sax.InputSource;
import relais.billing.internal.InvoiceRows;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * The documents billing really issues, not samples: a validated month and its cancellation, for a VAT-registered
 * freelancer with a purchase order and for a freelancer under the VAT franchise without one, give the four kinds of
 * document (380, 389, 381, 261); Mustang's validator must find no error in any of their stored PDFs.
 */
@IntegrationTest
class IssuedFacturXTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    InvoiceRows rows;

    @Autowired
    Invoices invoices;

    @Test
    void everyKindOfDocumentBillingIssuesIsAValidFacturX() throws Exception {
        var documents = new ArrayList<Invoice>();
        documents.addAll(issuedAndCancelled(BillingWorld.Terms.standard().liable().withPoRequired(), "2026-03"));
        documents.addAll(issuedAndCancelled(BillingWorld.Terms.standard(), "2026-04"));

        assertThat(documents).extracting(Invoice::kind).containsOnly(InvoiceKind.CLIENT, InvoiceKind.SELF_BILLED,
                InvoiceKind.CLIENT_CREDIT_NOTE, InvoiceKind.SELF_BILLED_CREDIT_NOTE).hasSize(8);
        for (var invoice : documents) {
            String report = new ZUGFeRDValidator().validate(invoices.storedPdf(invoice), invoice.number() + ".pdf");
            var result = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(report)));
            var xpath = XPathFactory.newInstance().newXPath();
            assertThat((Double) xpath.evaluate("count(//error) + count(//exception) + count(//fatal)", result,
                    XPathConstants.NUMBER)).as(invoice.kind() + " " + invoice.number() + "\n" + report).isZero();
            assertThat(xpath.evaluate("/validation/summary/@status", result)).as(report).isEqualTo("valid");
        }
    }

    private List<Invoice> issuedAndCancelled(BillingWorld.Terms terms, String month) {
        var world = BillingWorld.create(fixtures, terms);
        String report = world.declared(month, "7.5");
        var validated = world.client().post("/api/activity-reports/" + report + "/validate",
                terms.poRequired() ? Api.json(map("purchaseOrder", "PO-" + month)) : "{}");
        assertThat(validated.status()).as(validated.body()).isEqualTo(200);
        var cancelled = fixtures.admin().post("/api/activity-reports/" + report + "/cancel",
                Api.json(map("reason", "Declared on the wrong month")));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        var ids = new ArrayList<String>();
        validated.json().get("invoices").forEach(invoice -> ids.add(invoice.get("id").asString()));
        cancelled.json().get("creditNotes").forEach(note -> ids.add(note.get("id").asString()));
        return ids.stream().map(id -> rows.byId(new InvoiceId(UUID.fromString(id))).orElseThrow()).toList();
    }
}
