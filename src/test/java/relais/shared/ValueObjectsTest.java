package relais.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    @ParameterizedTest
    @ValueSource(strings = {"732829320", "552 100 554", "443061841"})
    void acceptsSirensWithAValidKey(String raw) {
        assertThat(new Siren(raw).value()).hasSize(9).doesNotContain(" ");
    }

    @ParameterizedTest
    @CsvSource({
            "732829321, is not a valid SIREN (check digit does not match)",
            "73282932, must be 9 digits",
            "7328293200, must be 9 digits",
            "73282932A, must be 9 digits"})
    void refusesBadSirensWithTheReason(String raw, String reason) {
        assertThatThrownBy(() -> new Siren(raw)).isInstanceOf(InvalidValueException.class).hasMessage(reason);
    }

    @Test
    void checksSiretsAndKnowsTheirSiren() {
        assertThat(new Siret("732 829 320 00074").siren()).isEqualTo("732829320");
        assertThatThrownBy(() -> new Siret("73282932000075")).hasMessageContaining("check digit");
        assertThatThrownBy(() -> new Siret("7328293200007")).hasMessage("must be 14 digits");
    }

    @Test
    void acceptsLaPosteEstablishmentsThatDoNotFollowLuhn() {
        // La Poste's establishments: the digits add up to a multiple of 5 instead of passing Luhn.
        assertThat(new Siret("35600000049837").value()).isEqualTo("35600000049837");
    }

    @ParameterizedTest
    @CsvSource({" Marc.Lefebvre@ACME.fr ,marc.lefebvre@acme.fr", "a@b.co,a@b.co"})
    void normalisesEmailAddresses(String raw, String expected) {
        assertThat(new EmailAddress(raw).value()).isEqualTo(expected);
        assertThat(new EmailAddress(raw).domain()).isEqualTo(expected.substring(expected.indexOf('@') + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no-at-sign", "two@@signs.fr", "a@b", "a b@c.fr", "a@b..fr"})
    void refusesMalformedEmailAddresses(String raw) {
        assertThatThrownBy(() -> new EmailAddress(raw)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gmail.com", "Outlook.FR", "@orange.fr"})
    void publicMailDomainsNeverIdentifyACompany(String raw) {
        assertThatThrownBy(() -> new EmailDomain(raw)).hasMessageContaining("public mail provider");
    }

    @Test
    void companyDomainsAreNormalised() {
        assertThat(new EmailDomain(" @Acme-Industrie.FR ").value()).isEqualTo("acme-industrie.fr");
        assertThatThrownBy(() -> new EmailDomain("acme")).hasMessageContaining("not a valid mail domain");
    }

    @ParameterizedTest
    @CsvSource({"FR83404833048, true", "FR84404833048, false", "FR8340483304, false", "DE123456789, true", "X1, false"})
    void checksFrenchVatKeysAndOtherCountriesByShape(String raw, boolean valid) {
        if (valid) {
            assertThat(new VatNumber(raw).value()).isEqualTo(raw);
        } else {
            assertThatThrownBy(() -> new VatNumber(raw)).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void moneyKeepsCentsAndRefusesFractionsOfCents() {
        assertThat(Money.euros("650").amount()).isEqualByComparingTo("650.00");
        assertThat(Money.euros("650").amount().scale()).isEqualTo(2);
        assertThat(Money.euros("650.00").times(new BigDecimal("7.5")).amount()).isEqualByComparingTo("4875.00");
        assertThatThrownBy(() -> Money.euros("1.005")).hasMessageContaining("more than 2 decimals");
        assertThatThrownBy(() -> Money.parse("12,5", "EUR")).hasMessageContaining("not a decimal number");
        assertThatThrownBy(() -> Money.parse("1E+999999999", "EUR")).hasMessageContaining("digits before the cents");
        assertThat(Money.parse("999999999999999.99", "EUR").amount()).isEqualByComparingTo("999999999999999.99");
        assertThatThrownBy(() -> Money.parse("10", "EURO")).hasMessageContaining("ISO 4217");
    }

    @Test
    void inputCheckGathersEveryProblemBeforeFailing() {
        var check = new InputCheck();
        check.field("siren", () -> new Siren("1"));
        check.field("email", () -> new EmailAddress("x"));
        check.required("name", " ");
        assertThat(check.isValid()).isFalse();
        assertThatThrownBy(check::throwIfInvalid).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("siren", "email", "name"));
    }
}
