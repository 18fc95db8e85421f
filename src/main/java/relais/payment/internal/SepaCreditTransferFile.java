package relais.payment.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.MxWriteParams;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountType4Choice;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.ChargeBearerType1Code;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GenericFinancialIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification6;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.PaymentMethod3Code;
import com.prowidesoftware.swift.model.mx.dic.PaymentTypeInformation26;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import com.prowidesoftware.swift.model.mx.dic.ServiceLevel8Choice;
import relais.shared.Money;

/**
 * A SEPA credit transfer order as an ISO 20022 pain.001.001.09 document, built on Prowide's model of the message
 * (never as text): one payment information block debiting the platform's account, one credit transfer per payout to
 * the freelancer's IBAN, with the number of transactions and the control sum in the group header and in the block.
 * Plain Java: the same order always gives the same document.
 */
public final class SepaCreditTransferFile {

    /** SEPA names are at most 70 characters. */
    static final int MOST_NAME = 70;
    /** No BIC is needed inside SEPA (IBAN only): the debtor's bank is "not provided", as the EPC allows. */
    static final String NO_BIC = "NOTPROVIDED";

    /** An account holder: a name and an IBAN. */
    public record Party(String name, String iban) {
    }

    /** One payment to one creditor, identified end to end (and in the remittance) by the invoice's number. */
    public record Credit(String endToEndId, Party creditor, Money amount, String remittance) {
    }

    /**
     * @param messageId            unique, at most 35 characters
     * @param paymentInformationId the one payment block's id, at most 35 characters
     */
    public record Order(String messageId, String paymentInformationId, OffsetDateTime createdAt,
            LocalDate requestedOn, Party debtor, List<Credit> credits) {

        public Order {
            credits = List.copyOf(credits);
            if (credits.isEmpty()) {
                throw new IllegalArgumentException("a transfer carries at least one payment");
            }
            if (messageId.length() > 35 || paymentInformationId.length() > 35) {
                throw new IllegalArgumentException("message and payment ids are at most 35 characters");
            }
        }

        /** The sum of every credit's amount. */
        public BigDecimal controlSum() {
            return credits.stream().map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private SepaCreditTransferFile() {
    }

    /** The pain.001.001.09 document of an order: the {@code Document} element in its namespace, without prefix. */
    public static String xml(Order order) {
        var params = new MxWriteParams();
        params.prefix = null;
        params.includeXMLDeclaration = true;
        return message(order).document(params);
    }

    public static MxPain00100109 message(Order order) {
        String count = Integer.toString(order.credits().size());
        BigDecimal sum = order.controlSum();
        var header = new GroupHeader85().setMsgId(order.messageId())
                .setCreDtTm(order.createdAt().truncatedTo(ChronoUnit.SECONDS)).setNbOfTxs(count).setCtrlSum(sum)
                .setInitgPty(new PartyIdentification135().setNm(name(order.debtor().name())));
        var block = new PaymentInstruction30().setPmtInfId(order.paymentInformationId())
                .setPmtMtd(PaymentMethod3Code.TRF).setNbOfTxs(count).setCtrlSum(sum)
                .setPmtTpInf(new PaymentTypeInformation26().addSvcLvl(new ServiceLevel8Choice().setCd("SEPA")))
                .setReqdExctnDt(new DateAndDateTime2Choice().setDt(order.requestedOn()))
                .setDbtr(new PartyIdentification135().setNm(name(order.debtor().name())))
                .setDbtrAcct(account(order.debtor().iban()))
                .setDbtrAgt(new BranchAndFinancialInstitutionIdentification6().setFinInstnId(
                        new FinancialInstitutionIdentification18().setOthr(new GenericFinancialIdentification1().setId(NO_BIC))))
                .setChrgBr(ChargeBearerType1Code.SLEV);
        for (Credit credit : order.credits()) {
            block.addCdtTrfTxInf(new CreditTransferTransaction34()
                    .setPmtId(new PaymentIdentification6().setEndToEndId(credit.endToEndId()))
                    .setAmt(new AmountType4Choice().setInstdAmt(new ActiveOrHistoricCurrencyAndAmount()
                            .setValue(credit.amount().amount()).setCcy(credit.amount().currency())))
                    .setCdtr(new PartyIdentification135().setNm(name(credit.creditor().name())))
                    .setCdtrAcct(account(credit.creditor().iban()))
                    .setRmtInf(new RemittanceInformation16().addUstrd(credit.remittance())));
        }
        var message = new MxPain00100109();
        message.setCstmrCdtTrfInitn(new CustomerCreditTransferInitiationV09().setGrpHdr(header).addPmtInf(block));
        return message;
    }

    private static CashAccount38 account(String iban) {
        return new CashAccount38().setId(new AccountIdentification4Choice().setIBAN(iban.replace(" ", "")));
    }

    /**
     * A name as every SEPA bank reads it: the Latin letters without their accents ("Léa Müller" → "Lea Muller"), other
     * signs outside the SEPA set replaced by a space, at most 70 characters.
     */
    static String name(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9/?:().,'+\\- ]", " ").replaceAll(" {2,}", " ").strip();
        return plain.length() <= MOST_NAME ? plain : plain.substring(0, MOST_NAME).strip();
    }
}
