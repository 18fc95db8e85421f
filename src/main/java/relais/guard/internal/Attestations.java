package relais.guard.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.document.PdfDocuments;
import relais.guard.VerdictTexts;
import relais.guard.engine.PolicyVersion;
import relais.shared.ParisCalendar;

/**
 * Issues attestations and finds them again: by their code for anyone holding it, by id for their asker and account
 * managers. Whoever may not read an attestation learns nothing about it: every refusal is the same "unknown".
 */
@Service
public class Attestations {

    /** What the asker receives once, and never again: the code exists nowhere else. */
    public record Issued(Attestation attestation, String code, String verifyUrl) {
    }

    /** Most attestations a list shows. */
    public static final int LIST_LIMIT = 500;

    /** Compared with when a code matches nothing, so an unknown code costs what a known one does. */
    private static final byte[] NO_HASH = new byte[32];

    private final AttestationRows rows;
    private final PolicyRows policies;
    private final VerdictTexts texts;
    private final PdfDocuments documents;
    private final Clock clock;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    Attestations(AttestationRows rows, PolicyRows policies, VerdictTexts texts, PdfDocuments documents, Clock clock,
            @Value("${relais.base-url:http://localhost:8080}") String baseUrl) {
        this.rows = rows;
        this.policies = policies;
        this.texts = texts;
        this.documents = documents;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The policy version in force on a day, as the attestation states it; null on a platform without one. */
    public PolicyVersion policyInForceOn(LocalDate day) {
        var history = policies.history();
        return history.versions().isEmpty() ? null : history.inForceOn(day);
    }

    @Transactional
    public Issued issue(Attestation.Request request) {
        String code = AttestationCode.generate(random);
        String verifyUrl = verifyUrl(code);
        Attestation attestation = Attestation.of(UUID.randomUUID(), clock.instant(), ParisCalendar.today(clock), request,
                texts);
        byte[] pdf = documents.render("attestation", model(attestation, code, verifyUrl),
                Locale.forLanguageTag(attestation.language()));
        rows.insert(attestation, AttestationCode.hash(code), pdf);
        return new Issued(attestation, code, verifyUrl);
    }

    public String verifyUrl(String code) {
        return baseUrl + "/verify/" + code;
    }

    /**
     * The attestation of a code as typed, or empty. Well formed or not, known or not, the code is hashed, looked up
     * and compared in constant time, so the answer's timing does not tell a near miss from nonsense.
     */
    public Optional<Attestation> verify(String typedCode) {
        byte[] typed = AttestationCode.hash(typedCode);
        var stored = rows.byCodeHash(typed);
        boolean matches = AttestationCode.matches(stored.map(AttestationRows.Stored::codeHash).orElse(NO_HASH), typed);
        return matches && AttestationCode.wellFormed(typedCode) ? stored.map(AttestationRows.Stored::attestation)
                : Optional.empty();
    }

    /** The PDF of a code, for its asker and account managers; empty for anyone else as for an unknown code. */
    public Optional<byte[]> pdfOfCode(String typedCode, RelaisUser reader) {
        return verify(typedCode).filter(a -> mayRead(a, reader)).flatMap(a -> rows.pdf(a.id()));
    }

    public Optional<Attestation> byId(UUID id, RelaisUser reader) {
        return rows.byId(id).filter(a -> mayRead(a, reader));
    }

    public Optional<byte[]> pdfOf(UUID id, RelaisUser reader) {
        return byId(id, reader).flatMap(a -> rows.pdf(a.id()));
    }

    /** A freelancer's own attestations (those they asked for); every attestation for an account manager. */
    public List<Attestation> visibleTo(RelaisUser reader) {
        if (reader.isAccountManager()) {
            return rows.newest(LIST_LIMIT);
        }
        return reader.isFreelancer() ? rows.askedBy(reader.id().value(), LIST_LIMIT) : List.of();
    }

    private static boolean mayRead(Attestation attestation, RelaisUser reader) {
        return reader.isAccountManager() || reader.isFreelancer() && attestation.askedBy(reader.id().value());
    }

    private Map<String, Object> model(Attestation attestation, String code, String verifyUrl) {
        Locale locale = Locale.forLanguageTag(attestation.language());
        Map<String, Object> model = new HashMap<>();
        model.put("a", attestation);
        model.put("statement", attestation.statement(locale));
        model.put("code", code);
        model.put("verifyUrl", verifyUrl);
        model.put("qrCode", AttestationQrCode.dataUri(verifyUrl));
        // The document engine has no beans to call: dates arrive written in the attestation's language.
        model.put("issuedOn", texts.date(attestation.issuedOn(), locale));
        model.put("on", texts.date(attestation.on(), locale));
        model.put("protectedUntil", texts.date(attestation.protectedUntil(), locale));
        model.put("freeFrom", texts.date(attestation.freeFrom(), locale));
        model.put("policyFrom", attestation.policy() == null ? "" : texts.date(attestation.policy().effectiveFrom(), locale));
        return model;
    }
}
