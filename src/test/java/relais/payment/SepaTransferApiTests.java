package relais.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.math.BigDecimal;
import java.util.ArrayList;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import relais.payment.internal.Pain001Schema;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * The transfer an account manager issues: one pain.001.001.09 file valid against the official schema, with every
 * payable payout to its freelancer's IBAN, the right count and control sum, served identical at every download.
 */
@IntegrationTest
class SepaTransferApiTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void theTransferIsOneSchemaValidFileWithEveryPayablePayoutAndTheSameBytesAtEachDownload() throws Exception {
        var world = PayoutWorld.create(fixtures, "480.00");
        var first = world.validated("2026-08", "2.5");
        var second = world.validated("2026-09", "1");
        PayoutWorld.expect(world.freelancer().post("/api/invoices/" + first.selfBilledInvoiceId() + "/early-payment", "{}"), 201);
        PayoutWorld.expect(world.freelancer().post("/api/invoices/" + second.selfBilledInvoiceId() + "/early-payment", "{}"), 201);

        var issued = fixtures.admin().post("/api/transfers", "{}");

        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        var payoutIds = new ArrayList<String>();
        issued.json().path("payoutIds").forEach(id -> payoutIds.add(id.asString()));
        String id = issued.text("id");
        var xml = fixtures.admin().get("/api/transfers/" + id + "/xml");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.contentType()).startsWith("application/xml");
        assertThat(fixtures.admin().get("/api/transfers/" + id + "/xml").body()).isEqualTo(xml.body());
        Pain001Schema.validate(xml.body());

        var read = MxPain00100109.parse(xml.body());
        var header = read.getCstmrCdtTrfInitn().getGrpHdr();
        assertThat(header.getMsgId()).isEqualTo(issued.text("messageId")).hasSizeLessThanOrEqualTo(35);
        assertThat(header.getNbOfTxs()).isEqualTo(Integer.toString(payoutIds.size()));
        assertThat(header.getCtrlSum()).isEqualByComparingTo(
                new BigDecimal(issued.json().path("total").path("amount").asString()));
        var transactions = read.getCstmrCdtTrfInitn().getPmtInf().getFirst().getCdtTrfTxInf();
        assertThat(transactions).hasSize(payoutIds.size());
        assertThat(transactions.stream().map(tx -> tx.getAmt().getInstdAmt().getValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(header.getCtrlSum());
        var ours = new ArrayList<String>();
        for (var tx : transactions) {
            String number = tx.getPmtId().getEndToEndId();
            if (number.equals(numberOf(world, first)) || number.equals(numberOf(world, second))) {
                ours.add(number + " " + tx.getCdtrAcct().getId().getIBAN() + " "
                        + tx.getAmt().getInstdAmt().getValue().toPlainString() + " " + tx.getRmtInf().getUstrd().getFirst());
            }
        }
        assertThat(ours).containsExactlyInAnyOrder(
                numberOf(world, first) + " FR7630006000011234567890189 1164.00 " + numberOf(world, first),
                numberOf(world, second) + " FR7630006000011234567890189 465.60 " + numberOf(world, second));
        assertThat(world.freelancer().get("/api/transfers/" + id + "/xml").status()).isEqualTo(403);
        assertThat(fixtures.admin().get("/api/transfers/" + java.util.UUID.randomUUID() + "/xml").status()).isEqualTo(404);
        assertThat(fixtures.admin().post("/api/transfers/nope/executed", Api.json(map("on", "2026-11-30"))).status())
                .isEqualTo(404);
    }

    private static String numberOf(PayoutWorld world, PayoutWorld.Month month) {
        return world.freelancer().get("/api/invoices/" + month.selfBilledInvoiceId()).text("number");
    }
}
