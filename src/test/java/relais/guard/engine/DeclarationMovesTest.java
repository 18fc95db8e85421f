package relais.guard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import relais.guard.DeclarerRole;

/**
 * A referral declaration is answered once: confirmed (it becomes a referral) or declined, by the referrer or an
 * account manager. A referrer who says yes about someone they cannot confirm leaves the answer to a manager.
 */
class DeclarationMovesTest {

    private static final Instant NOON = Instant.parse("2025-03-10T11:00:00Z");
    private static final Declarer REFERRER = new Declarer(DeclarerRole.CLIENT, "Rémi Referrer");
    private static final Declarer MANAGER = new Declarer(DeclarerRole.ACCOUNT_MANAGER, "Marie Manager");

    private static ReferralDeclaration declaration(DeclarationStatus status, Instant referrerConfirmedAt) {
        return new ReferralDeclaration("d1", "f1", "Fanny Freelance", "p-ref", "Rémi Referrer", "bob@acme.example",
                null, LocalDate.parse("2025-03-01"), null, status, Instant.parse("2025-03-02T09:00:00Z"),
                referrerConfirmedAt, null, null, null, null, null);
    }

    private static ReferralDeclaration pending() {
        return declaration(DeclarationStatus.PENDING, null);
    }

    @Test
    void theReferrerConfirmsAndTheDeclarationBecomesAReferral() {
        ReferralDeclaration confirmed = pending().confirm(REFERRER, NOON, "ref1");

        assertThat(confirmed.status()).isEqualTo(DeclarationStatus.CONFIRMED);
        assertThat(confirmed.referralId()).isEqualTo("ref1");
        assertThat(confirmed.decidedByRole()).isEqualTo(DeclarerRole.CLIENT);
        assertThat(confirmed.decidedByName()).isEqualTo("Rémi Referrer");
        assertThat(confirmed.decidedAt()).isEqualTo(NOON);
    }

    @Test
    void aDeclineKeepsItsReasonAndMakesNoReferral() {
        ReferralDeclaration declined = pending().decline(MANAGER, NOON, "Not an introduction");

        assertThat(declined.status()).isEqualTo(DeclarationStatus.DECLINED);
        assertThat(declined.decisionReason()).isEqualTo("Not an introduction");
        assertThat(declined.referralId()).isNull();
        assertThat(declined.decidedByRole()).isEqualTo(DeclarerRole.ACCOUNT_MANAGER);
    }

    @Test
    void aReferrersYesAboutSomeoneTheyCannotConfirmWaitsForAManager() {
        ReferralDeclaration forManager = pending().confirmedByReferrerOnly(NOON);

        assertThat(forManager.isPending()).isTrue();
        assertThat(forManager.referrerConfirmedAt()).isEqualTo(NOON);
        assertThatThrownBy(() -> forManager.confirm(REFERRER, NOON, "ref1")).isInstanceOf(RefusedMove.class)
                .extracting(e -> ((RefusedMove) e).code()).isEqualTo("conflict.declaration.confirmed");
        assertThatThrownBy(() -> forManager.decline(REFERRER, NOON, null)).isInstanceOf(RefusedMove.class);
        assertThatThrownBy(() -> forManager.confirmedByReferrerOnly(NOON)).isInstanceOf(RefusedMove.class);
        assertThat(forManager.confirm(MANAGER, NOON, "ref1").status()).isEqualTo(DeclarationStatus.CONFIRMED);
        assertThat(forManager.decline(MANAGER, NOON, null).status()).isEqualTo(DeclarationStatus.DECLINED);
    }

    @ParameterizedTest
    @EnumSource(value = DeclarationStatus.class, names = "PENDING", mode = EnumSource.Mode.EXCLUDE)
    void anAnsweredDeclarationTakesNoOtherAnswer(DeclarationStatus answered) {
        ReferralDeclaration declaration = declaration(answered, null);
        for (UnaryOperator<ReferralDeclaration> move : java.util.List.<UnaryOperator<ReferralDeclaration>>of(
                d -> d.confirm(REFERRER, NOON, "ref2"), d -> d.confirm(MANAGER, NOON, "ref2"),
                d -> d.decline(REFERRER, NOON, null), d -> d.decline(MANAGER, NOON, "No"),
                d -> d.confirmedByReferrerOnly(NOON))) {
            assertThatThrownBy(() -> move.apply(declaration)).isInstanceOf(RefusedMove.class)
                    .extracting(e -> ((RefusedMove) e).code()).isEqualTo("conflict.declaration.answered");
        }
    }
}
