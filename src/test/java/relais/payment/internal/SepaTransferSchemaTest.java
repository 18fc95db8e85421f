package relais.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import relais.payment.internal.SepaCreditTransferFile.Credit;
import relais.payment.internal.SepaCreditTransferFile.Order;
import relais.payment.internal.SepaCreditTransferFile.Party;
import relais.shared.Money;

class SepaTransferSchemaTest {

    static final Party PLATFORM = new Party("Relais SAS", "FR7630006000011234567890189");

    static Order order(List<Credit> credits) {
        return new Order("RLS0123456789abcdef0123456789abcdef", "PMT0123456789abcdef0123456789abcdef",
                OffsetDateTime.parse("2026-12-01T10:15:30.123+01:00"), LocalDate.of(2026, 12, 1), PLATFORM, credits);
    }

    static List<Credit> credits() {
        return List.of(
                new Credit("AF-00001-2026-0001", new Party("Léa Müller-Dupré", "FR7630006000011234567890189"),
                        Money.euros("1164.00"), "AF-00001-2026-0001"),
                new Credit("AF-00002-2026-0007", new Party("Jean O’Connor", "DE89370400440532013000"),
                        Money.euros("1516.66"), "AF-00002-2026-0007"),
                new Credit("AF-00003-2026-0012", new Party("Ana Lopes", "FR1420041010050500013M02606"),
                        Money.euros("0.01"), "AF-00003-2026-0012"));
    }

    @Test
    void theFileIsValidAgainstTheOfficialSchema() throws Exception {
        Pain001Schema.validate(SepaCreditTransferFile.xml(order(credits())));
    }

    @Test
    void theSchemaRefusesADocumentItDoesNotDescribe() {
        String xml = SepaCreditTransferFile.xml(order(credits()));
        String withoutCount = xml.replaceFirst("<NbOfTxs>3</NbOfTxs>", "");
        String badAmount = xml.replace(">0.01<", ">0.001<");

        assertThatThrownBy(() -> Pain001Schema.validate(withoutCount)).isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> Pain001Schema.validate(badAmount)).isInstanceOf(SAXException.class);
    }

    @Test
    void readBackWithProwideItCarriesTheCountTheControlSumAndEachCredit() {
        var read = MxPain00100109.parse(SepaCreditTransferFile.xml(order(credits())));

        var header = read.getCstmrCdtTrfInitn().getGrpHdr();
        assertThat(header.getMsgId()).isEqualTo("RLS0123456789abcdef0123456789abcdef").hasSizeLessThanOrEqualTo(35);
        assertThat(header.getNbOfTxs()).isEqualTo("3");
        assertThat(header.getCtrlSum()).isEqualByComparingTo("2680.67");
        var block = read.getCstmrCdtTrfInitn().getPmtInf().getFirst();
        assertThat(block.getNbOfTxs()).isEqualTo("3");
        assertThat(block.getCtrlSum()).isEqualByComparingTo("2680.67");
        assertThat(block.getReqdExctnDt().getDt()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(block.getDbtr().getNm()).isEqualTo("Relais SAS");
        assertThat(block.getDbtrAcct().getId().getIBAN()).isEqualTo("FR7630006000011234567890189");
        var rows = new ArrayList<String>();
        block.getCdtTrfTxInf().forEach(tx -> rows.add(tx.getPmtId().getEndToEndId() + " " + tx.getCdtr().getNm() + " "
                + tx.getCdtrAcct().getId().getIBAN() + " " + tx.getAmt().getInstdAmt().getValue().toPlainString() + " "
                + tx.getAmt().getInstdAmt().getCcy() + " " + tx.getRmtInf().getUstrd().getFirst()));
        assertThat(rows).containsExactly(
                "AF-00001-2026-0001 Lea Muller-Dupre FR7630006000011234567890189 1164.00 EUR AF-00001-2026-0001",
                "AF-00002-2026-0007 Jean O Connor DE89370400440532013000 1516.66 EUR AF-00002-2026-0007",
                "AF-00003-2026-0012 Ana Lopes FR1420041010050500013M02606 0.01 EUR AF-00003-2026-0012");
    }

    @Test
    void theSameOrderAlwaysGivesTheSameDocument() {
        assertThat(SepaCreditTransferFile.xml(order(credits()))).isEqualTo(SepaCreditTransferFile.xml(order(credits())));
    }

    @Test
    void namesAreWrittenInTheSepaCharacterSetWithinSeventyCharacters() {
        assertThat(SepaCreditTransferFile.name("Zoé Ærøskøbing & Fils « SARL »")).isEqualTo("Zoe r sk bing Fils SARL");
        assertThat(SepaCreditTransferFile.name("A".repeat(80))).hasSize(70);
    }

    @Test
    void anOrderWithoutPaymentsIsRefused() {
        assertThatThrownBy(() -> order(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(order(credits()).controlSum()).isEqualByComparingTo(new BigDecimal("2680.67"));
    }
}
