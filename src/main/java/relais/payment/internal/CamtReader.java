package relais.payment.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.prowidesoftware.swift.model.MxNode;
import com.prowidesoftware.swift.model.mx.AbstractMX;
import com.prowidesoftware.swift.model.mx.MxCamt05300102;
import com.prowidesoftware.swift.model.mx.MxCamt05300103;
import com.prowidesoftware.swift.model.mx.MxCamt05300104;
import com.prowidesoftware.swift.model.mx.MxCamt05300105;
import com.prowidesoftware.swift.model.mx.MxCamt05300106;
import com.prowidesoftware.swift.model.mx.MxCamt05300107;
import com.prowidesoftware.swift.model.mx.MxCamt05300108;
import relais.shared.FieldProblem;
import relais.shared.InvalidInputException;
import relais.shared.Money;
import relais.shared.PlatformDates;

/**
 * Reads a camt.053 bank-to-customer statement, versions .001.02 to .001.08, with Prowide's ISO 20022 model. The
 * version comes from the document's namespace. A document type declaration is refused before anything else is
 * parsed (a statement never has one; refusing it shuts out external entities). Any problem refuses the whole
 * document with a 400 naming it: nothing of a half-understood file is kept.
 */
public final class CamtReader {

    public static final String FIELD = "document";
    private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";
    private static final int MOST_ID_LENGTH = 35;

    /** Prowide's parser of each version, checked to hold a statement: no version reads another's namespace. */
    private static final Map<String, Function<String, Boolean>> HAS_STATEMENT = Map.of(
            "02", xml -> present(MxCamt05300102.parse(xml), m -> m.getBkToCstmrStmt(), b -> b.getStmt()),
            "03", xml -> present(MxCamt05300103.parse(xml), m -> m.getBkToCstmrStmt(), b -> b.getStmt()),
            "04", xml -> present(MxCamt05300104.parse(xml), m -> m.getBkToCstmrStmt(), b -> b.getStmt()),
            "05", xml -> present(MxCamt05300105.parse(xml), m -> m.getBkToCstmrStmt(), b -> b.getStmt()),
            "06", xml -> present(MxCamt05300106.parse(xml), m -> m.getBkToCstmrStmt(), b -> b.getStmt()),
            "07", xml -> present(MxCamt05300107.parse(xml), m -> m.getBkToCstmrStmt(), b -> b.getStmt()),
            "08", xml -> present(MxCamt05300108.parse(xml), m -> m.getBkToCstmrStmt(), b -> b.getStmt()));

    private CamtReader() {
    }

    /** The statements of the document, or a 400 naming what is wrong with it. */
    public static List<CamtStatement> read(byte[] document) {
        if (document == null || document.length == 0) {
            throw refused("payment.in.camt.empty", "The file is empty.");
        }
        String version = versionOf(document);
        String xml = new String(document, StandardCharsets.UTF_8);
        boolean hasStatement;
        try {
            hasStatement = HAS_STATEMENT.get(version).apply(xml);
        } catch (RuntimeException e) {
            throw refused("payment.in.camt.malformed", "The file is not a readable camt.053 document.");
        }
        if (!hasStatement) {
            throw refused("payment.in.camt.no.statement", "The document holds no statement.");
        }
        MxNode root = MxNode.parse(xml);
        MxNode statementsParent = root == null ? null : child(root, "BkToCstmrStmt");
        if (statementsParent == null) {
            throw refused("payment.in.camt.no.statement", "The document holds no statement.");
        }
        String messageId = identifier(text(child(statementsParent, "GrpHdr"), "MsgId"), "GrpHdr/MsgId");
        var statements = new ArrayList<CamtStatement>();
        for (MxNode statement : children(statementsParent, "Stmt")) {
            statements.add(statement("053.001." + version, messageId, statement));
        }
        return statements;
    }

    private static CamtStatement statement(String version, String messageId, MxNode statement) {
        String statementId = identifier(text(statement, "Id"), "Stmt/Id");
        String iban = text(child(child(statement, "Acct"), "Id"), "IBAN");
        var lines = new ArrayList<CamtStatement.Line>();
        int position = 0;
        for (MxNode entry : children(statement, "Ntry")) {
            position++;
            if ("CRDT".equals(text(entry, "CdtDbtInd")) && booked(entry)) {
                lines.add(line(position, entry));
            }
        }
        return new CamtStatement(version, messageId, statementId, iban, lines);
    }

    private static CamtStatement.Line line(int position, MxNode entry) {
        MxNode amount = child(entry, "Amt");
        BigDecimal value;
        try {
            value = new BigDecimal(Objects.requireNonNull(amount).getValue().strip());
        } catch (RuntimeException e) {
            throw refused("payment.in.camt.amount", "Entry " + position + " has no readable amount.", position);
        }
        if (value.signum() <= 0 || value.scale() > 2 || value.precision() - value.scale() > 12) {
            throw refused("payment.in.camt.amount", "Entry " + position + " has no readable amount.", position);
        }
        String currency = amount.getAttribute("Ccy");
        if (currency == null || !currency.matches("[A-Z]{3}") || !isCurrency(currency)) {
            throw refused("payment.in.camt.amount", "Entry " + position + " has no readable amount.", position);
        }
        LocalDate bookedOn = day(child(entry, "BookgDt"), position);
        var remittance = new ArrayList<String>();
        String debtor = null;
        MxNode details = child(entry, "NtryDtls");
        for (MxNode transaction : details == null ? List.<MxNode>of() : children(details, "TxDtls")) {
            MxNode info = child(transaction, "RmtInf");
            if (info != null) {
                children(info, "Ustrd").forEach(u -> remittance.add(u.getValue()));
                for (MxNode structured : children(info, "Strd")) {
                    add(remittance, text(child(structured, "CdtrRefInf"), "Ref"));
                    children(structured, "RfrdDocInf").forEach(d -> add(remittance, text(d, "Nb")));
                    children(structured, "AddtlRmtInf").forEach(a -> remittance.add(a.getValue()));
                }
            }
            add(remittance, text(transaction, "AddtlTxInf"));
            MxNode parties = child(transaction, "RltdPties");
            MxNode debtorNode = child(parties, "Dbtr");
            if (debtor == null && debtorNode != null) {
                debtor = text(debtorNode, "Nm") != null ? text(debtorNode, "Nm") : text(child(debtorNode, "Pty"), "Nm");
            }
        }
        add(remittance, text(entry, "AddtlNtryInf"));
        remittance.removeIf(r -> r == null || r.isBlank());
        String reference = text(entry, "NtryRef") != null ? text(entry, "NtryRef") : text(entry, "AcctSvcrRef");
        return new CamtStatement.Line(position, new Money(value, currency), bookedOn,
                remittance.isEmpty() ? null : String.join(" | ", remittance.stream().map(String::strip).toList()),
                debtor, reference);
    }

    /** BOOK, written as a code up to version .07 and as {@code <Cd>} inside a choice from .08. */
    private static boolean booked(MxNode entry) {
        MxNode status = child(entry, "Sts");
        if (status == null) {
            return false;
        }
        String code = status.getChildren().isEmpty() ? status.getValue() : text(status, "Cd");
        return code != null && "BOOK".equals(code.strip());
    }

    private static LocalDate day(MxNode dateChoice, int position) {
        String text = text(dateChoice, "Dt");
        if (text == null) {
            text = text(dateChoice, "DtTm");
        }
        try {
            return PlatformDates.check(LocalDate.parse(Objects.requireNonNull(text).strip().substring(0, 10)));
        } catch (RuntimeException e) {
            throw refused("payment.in.camt.booking.date", "Entry " + position + " has no booking date.", position);
        }
    }

    /** An ISO 4217 code, as {@link Money} requires: three capitals are not enough ("ABC"). */
    private static boolean isCurrency(String code) {
        try {
            java.util.Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String identifier(String value, String path) {
        if (value == null || value.isBlank() || value.strip().length() > MOST_ID_LENGTH) {
            throw refused("payment.in.camt.identifier", "The document has no valid " + path + ".", path);
        }
        return value.strip();
    }

    /** The version after the namespace of the root {@code Document}, read without any DTD or entity. */
    private static String versionOf(byte[] document) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(document));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw refused("payment.in.camt.doctype", "The file declares a document type; a statement has none.");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String namespace = reader.getNamespaceURI();
                    if (!"Document".equals(reader.getLocalName()) || namespace == null
                            || !namespace.startsWith(NAMESPACE)) {
                        throw refused("payment.in.camt.not.camt053", "The file is not a camt.053 statement.");
                    }
                    String version = namespace.substring(NAMESPACE.length());
                    if (!HAS_STATEMENT.containsKey(version)) {
                        throw refused("payment.in.camt.version",
                                "camt.053.001." + version + " is not read: versions .02 to .08 are.", version);
                    }
                    return version;
                }
            }
        } catch (XMLStreamException e) {
            throw refused("payment.in.camt.malformed", "The file is not a readable camt.053 document.");
        } finally {
            close(reader);
        }
        throw refused("payment.in.camt.malformed", "The file is not a readable camt.053 document.");
    }

    private static <M extends AbstractMX, B> boolean present(M message, Function<M, B> body,
            Function<B, List<?>> statements) {
        return message != null && body.apply(message) != null && !statements.apply(body.apply(message)).isEmpty();
    }

    private static MxNode child(MxNode parent, String name) {
        if (parent == null) {
            return null;
        }
        for (MxNode child : parent.getChildren()) {
            if (name.equals(child.getLocalName())) {
                return child;
            }
        }
        return null;
    }

    private static List<MxNode> children(MxNode parent, String name) {
        return parent.getChildren().stream().filter(c -> name.equals(c.getLocalName())).toList();
    }

    private static String text(MxNode parent, String name) {
        MxNode node = child(parent, name);
        return node == null || node.getValue() == null || node.getValue().isBlank() ? null : node.getValue().strip();
    }

    private static void add(List<String> texts, String text) {
        if (text != null) {
            texts.add(text);
        }
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing left to release
            }
        }
    }

    static InvalidInputException refused(String code, String english, Object... args) {
        return new InvalidInputException(List.of(new FieldProblem(FIELD, english, code, args)));
    }
}
