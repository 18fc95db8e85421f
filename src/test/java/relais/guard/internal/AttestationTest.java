package relais.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import relais.account.Role;
import relais.guard.DirectWorkAnswer;
import relais.guard.PersonRef;
import relais.guard.Verdict;
import relais.guard.VerdictKind;
import relais.guard.VerdictTexts;
import relais.guard.VerdictTextsTest;
import relais.guard.engine.Facts;
import relais.guard.engine.PolicyHistory;

/** What an attestation states, and its verification code. */
class AttestationTest {

    private static final VerdictTexts TEXTS = new VerdictTexts(VerdictTextsTest.messageSource());
    private static final Attestation.Asker LEA = new Attestation.Asker(UUID.randomUUID(), "Léa Dubois", Role.FREELANCER);

    /** Alice (Acme) on "Refonte" from 2024-01-01 to 2024-02-29: protected through 2025-02-28. */
    private static Facts facts() {
        return Facts.withCompanies()
                .person("alice", "Alice Martin", "acme", "alice@acme.fr")
                .mission("m1", "Refonte", "acme", "2024-01-01", "2024-01-15", "2024-02-29", "alice");
    }

    private static Attestation attest(DirectWorkAnswer answer, String email, Locale language) {
        var request = new Attestation.Request(LEA, UUID.randomUUID(), "Léa Dubois", LocalDate.parse("2024-06-01"), email,
                answer, PolicyHistory.defaults().inForceOn(LocalDate.parse("2024-06-01")), language);
        return Attestation.of(UUID.randomUUID(), Instant.parse("2024-06-03T09:00:00Z"), LocalDate.parse("2024-06-03"),
                request, TEXTS);
    }

    @Test
    void statesTheVerdictWithItsDatesReasonsAndPolicyInBothLanguagesAboutTheFreelancerByName() {
        Verdict verdict = facts().verdict("alice", "2024-06-01");
        var answer = new DirectWorkAnswer(verdict, new PersonRef("alice", "Alice Martin", "acme"));

        var attestation = attest(answer, null, Locale.FRENCH);

        assertThat(attestation.verdict()).isEqualTo(VerdictKind.PROTECTED);
        assertThat(attestation.protectedUntil()).isEqualTo(LocalDate.parse("2025-02-28"));
        assertThat(attestation.freeFrom()).isEqualTo(LocalDate.parse("2025-03-01"));
        assertThat(attestation.on()).isEqualTo(LocalDate.parse("2024-06-01"));
        assertThat(attestation.issuedOn()).isEqualTo(LocalDate.parse("2024-06-03"));
        assertThat(attestation.personName()).isEqualTo("Alice Martin");
        assertThat(attestation.language()).isEqualTo("fr");
        assertThat(attestation.policy()).isEqualTo(new Attestation.Policy(1, LocalDate.parse("2000-01-01"), 12));
        var french = attestation.statement(Locale.FRENCH);
        assertThat(french.verdictLabel()).isEqualTo("Relation protégée");
        assertThat(french.headline()).contains("Léa Dubois", "Alice Martin", "28 février 2025").doesNotContain("Votre");
        assertThat(french.reasons()).extracting(Attestation.Line::code).contains("MISSION_WINDOW");
        var english = attestation.statement(Locale.ENGLISH);
        assertThat(english.headline()).contains("Léa Dubois", "Alice Martin", "28 February 2025");
        assertThat(english.reasons()).hasSameSizeAs(french.reasons());
        assertThat(attestation.statement(Locale.GERMAN)).isEqualTo(french);
    }

    @Test
    void namesNobodyTheAnswerDidNotName() {
        // What a freelancer gets for someone outside their relationships: FREE, no person.
        Verdict verdict = facts().verdict("stranger", "2024-06-01");
        var answer = new DirectWorkAnswer(verdict, null);

        var attestation = attest(answer, "someone@elsewhere.fr", Locale.ENGLISH);

        assertThat(attestation.personName()).isNull();
        assertThat(attestation.askedAboutEmail()).isEqualTo("someone@elsewhere.fr");
        assertThat(attestation.verdict()).isEqualTo(VerdictKind.FREE);
        assertThat(attestation.language()).isEqualTo("en");
        assertThat(attestation.statement(Locale.ENGLISH).headline()).contains("this person");
    }

    @Test
    void isSaidInBothLanguagesOrNotAtAll() {
        var statement = new Attestation.Statement("Free", "h", java.util.List.of(), java.util.List.of());
        assertThatThrownBy(() -> new Attestation(UUID.randomUUID(), Instant.now(), LocalDate.now(), LocalDate.now(), "fr",
                LEA, UUID.randomUUID(), "Léa", null, null, VerdictKind.FREE, null, false, null, null,
                Map.of("fr", statement))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesAreLongUrlSafeAndNeverRepeat() {
        var random = new SecureRandom();
        var seen = new HashSet<String>();
        for (int i = 0; i < 1_000; i++) {
            String code = AttestationCode.generate(random);
            assertThat(code).hasSize(32).matches("[A-Za-z0-9_-]+");
            assertThat(AttestationCode.wellFormed(code)).isTrue();
            assertThat(seen.add(code)).isTrue();
        }
        // 24 random bytes: 192 bits, well above 128.
        assertThat(AttestationCode.RANDOM_BYTES * 8).isGreaterThanOrEqualTo(128);
    }

    @Test
    void aCodeMatchesOnlyItsOwnHash() {
        String code = AttestationCode.generate(new SecureRandom());
        String tampered = (code.charAt(0) == 'A' ? 'B' : 'A') + code.substring(1);
        byte[] stored = AttestationCode.hash(code);

        assertThat(stored).hasSize(32);
        assertThat(AttestationCode.matches(stored, AttestationCode.hash(code))).isTrue();
        assertThat(AttestationCode.matches(stored, AttestationCode.hash(tampered))).isFalse();
        assertThat(AttestationCode.matches(stored, AttestationCode.hash(code.toLowerCase(Locale.ROOT)))).isEqualTo(
                code.equals(code.toLowerCase(Locale.ROOT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "with space in the middle of it ok", "ééééééééééééééééééééééééééééééé1",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/"})
    void anythingElseIsNotACodeYetStillHashes(String typed) {
        assertThat(AttestationCode.wellFormed(typed)).isFalse();
        assertThat(AttestationCode.hash(typed)).hasSize(32);
    }

    @Test
    void aHugeInputCostsNoMoreThanACode() {
        assertThat(AttestationCode.hash("x".repeat(1_000_000))).isEqualTo(AttestationCode.hash("x".repeat(64)));
        assertThat(AttestationCode.hash(null)).isEqualTo(AttestationCode.hash(""));
    }

    @Test
    void theQrCodeReadsAsTheVerificationLink() throws Exception {
        String url = "https://relais.example/verify/" + AttestationCode.generate(new SecureRandom());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(AttestationQrCode.png(url)));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));

        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(url);
        assertThat(AttestationQrCode.dataUri(url)).startsWith("data:image/png;base64,");
    }
}
