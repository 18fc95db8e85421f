package relais.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.MessageSourceResolvable;
import relais.shared.InvalidValueException;

class PasswordRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"password12", "1234567890", "aaaaaaaaaa", "azertyuiop", "qwertyuiop12"})
    void guessablePasswordsAreRefusedWithTheReason(String weak) {
        assertThatThrownBy(() -> PasswordRule.check(weak, "lea.dubois@free.fr", "Léa Dubois"))
                .isInstanceOfSatisfying(InvalidValueException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo("validation.password.weak");
                    assertThat(refusal.getMessage()).startsWith("is too easy to guess: ").doesNotEndWith(": ");
                    assertThat(refusal.args()).singleElement().isInstanceOf(MessageSourceResolvable.class);
                });
    }

    @Test
    void theHoldersOwnNameAndAddressMakeAPasswordWeak() {
        assertThat(PasswordRule.check("lea.dubois@freelance.fr")).isEqualTo("lea.dubois@freelance.fr");
        assertThatThrownBy(() -> PasswordRule.check("lea.dubois@freelance.fr", "lea.dubois@freelance.fr", "Léa Dubois"))
                .isInstanceOfSatisfying(InvalidValueException.class, refusal -> assertThat(refusal.getMessage())
                        .contains("your name or e-mail address"));
    }

    @ParameterizedTest
    @ValueSource(ints = {73, 100, 200})
    void passwordsLongerThanBcryptReadsAreRefused(int bytes) {
        String tooLong = "mauve-otter-lantern-" + "x".repeat(bytes - 20);
        assertThatThrownBy(() -> PasswordRule.check(tooLong))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("validation.password.long"));
    }

    @Test
    void accentsCountInBytesNotCharacters() {
        String accented = "é".repeat(37); // 37 characters, 74 bytes
        assertThatThrownBy(() -> PasswordRule.check(accented))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("validation.password.long"));
        assertThat(PasswordRule.check("x".repeat(72 - 24) + "mauve-otter-lantern-42!!")).hasSize(72);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mauve-otter-lantern-42", "relais-demo-2026", "Correct horse battery staple"})
    void hardToGuessPasswordsPass(String strong) {
        assertThat(PasswordRule.check(strong, "someone@example.fr", "Some One")).isEqualTo(strong);
    }
}
