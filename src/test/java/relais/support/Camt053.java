package relais.support;

import java.util.List;

/**
 * Small camt.053 bank statements written for the tests, in any version from .001.02 to .001.08 (the entry status
 * is a bare code up to .07 and a {@code <Cd>} choice from .08, as the schemas say).
 */
public final class Camt053 {

    /** One entry: amount in euros, CRDT or DBIT, BOOK or PDNG, its booking day and remittance text. */
    public record Entry(String amount, String direction, String status, String bookedOn, String unstructured,
            String additionalInfo) {

        public static Entry credit(String amount, String bookedOn, String unstructured) {
            return new Entry(amount, "CRDT", "BOOK", bookedOn, unstructured, null);
        }
    }

    private Camt053() {
    }

    public static String statement(String version, String messageId, String statementId, List<Entry> entries) {
        var xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.").append(version).append("\">\n")
                .append("<BkToCstmrStmt><GrpHdr><MsgId>").append(messageId)
                .append("</MsgId><CreDtTm>2026-11-30T08:00:00</CreDtTm></GrpHdr>\n")
                .append("<Stmt><Id>").append(statementId).append("</Id><CreDtTm>2026-11-30T08:00:00</CreDtTm>")
                .append("<Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></Acct>")
                .append("<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">0.00</Amt>")
                .append("<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-30</Dt></Dt></Bal>\n");
        boolean statusAsChoice = Integer.parseInt(version) >= 8;
        for (Entry e : entries) {
            xml.append("<Ntry><Amt Ccy=\"EUR\">").append(e.amount()).append("</Amt><CdtDbtInd>").append(e.direction())
                    .append("</CdtDbtInd><Sts>")
                    .append(statusAsChoice ? "<Cd>" + e.status() + "</Cd>" : e.status())
                    .append("</Sts><BookgDt><Dt>").append(e.bookedOn()).append("</Dt></BookgDt>")
                    .append("<ValDt><Dt>").append(e.bookedOn()).append("</Dt></ValDt><BkTxCd/>");
            if (e.unstructured() != null) {
                xml.append("<NtryDtls><TxDtls><RmtInf><Ustrd>").append(e.unstructured())
                        .append("</Ustrd></RmtInf></TxDtls></NtryDtls>");
            }
            if (e.additionalInfo() != null) {
                xml.append("<AddtlNtryInf>").append(e.additionalInfo()).append("</AddtlNtryInf>");
            }
            xml.append("</Ntry>\n");
        }
        return xml.append("</Stmt></BkToCstmrStmt></Document>\n").toString();
    }
}
