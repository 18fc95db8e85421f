package relais.guard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A prior-relationship claim is decided once, by an account manager, and keeps the decision. */
class ClaimMovesTest {

    private static final Instant NOON = Instant.parse("2025-03-10T11:00:00Z");

    private static PriorRelationshipClaim claim(ClaimStatus status) {
        return new PriorRelationshipClaim("c1", "f1", "p1", "Alice Martin", LocalDate.parse("2019-05-01"),
                "We worked together at Acme", status, Instant.parse("2025-03-01T09:00:00Z"), null, null, null, null);
    }

    @Test
    void acceptingAPendingClaimRecordsTheReleaseAndWhoDecided() {
        PriorRelationshipClaim accepted = claim(ClaimStatus.PENDING).accept("Marie Manager", NOON, "r1");

        assertThat(accepted.status()).isEqualTo(ClaimStatus.ACCEPTED);
        assertThat(accepted.releaseId()).isEqualTo("r1");
        assertThat(accepted.decidedByName()).isEqualTo("Marie Manager");
        assertThat(accepted.decidedAt()).isEqualTo(NOON);
        assertThat(accepted.decisionReason()).isNull();
        assertThat(accepted.description()).isEqualTo("We worked together at Acme");
    }

    @Test
    void rejectingAPendingClaimKeepsTheReasonAndNoRelease() {
        PriorRelationshipClaim rejected = claim(ClaimStatus.PENDING).reject("Marie Manager", NOON, "No proof");

        assertThat(rejected.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("No proof");
        assertThat(rejected.releaseId()).isNull();
        assertThat(rejected.decidedAt()).isEqualTo(NOON);
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = "PENDING", mode = EnumSource.Mode.EXCLUDE)
    void aDecidedClaimIsNeitherAcceptedNorRejectedAgain(ClaimStatus decided) {
        PriorRelationshipClaim claim = claim(decided);

        assertThatThrownBy(() -> claim.accept("Marie Manager", NOON, "r2")).isInstanceOf(RefusedMove.class)
                .extracting(e -> ((RefusedMove) e).code()).isEqualTo("conflict.claim.decided");
        assertThatThrownBy(() -> claim.reject("Marie Manager", NOON, "Too late")).isInstanceOf(RefusedMove.class)
                .extracting(e -> ((RefusedMove) e).code()).isEqualTo("conflict.claim.decided");
    }
}
