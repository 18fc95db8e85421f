package relais.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import relais.company.CompanyId;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;
import relais.mission.MissionId;
import relais.shared.Money;

class ProposalTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Proposal invited() {
        return Proposal.invited(ProposalId.random(), BriefId.random(), new FreelancerId(UUID.randomUUID()), NOW);
    }

    private static Proposal shortlisted() {
        return invited().accept(BigDecimal.TEN, Money.euros("600.00"), "Un message assez long.", NOW)
                .shortlist(Money.euros("690.00"), "DEV-2026-00001", TODAY);
    }

    @Test
    void followsItsPathFromInvitationToSelection() {
        var selected = shortlisted().select("PO-1", new MissionId(UUID.randomUUID()), TODAY);
        assertThat(selected.status()).isEqualTo(ProposalStatus.SELECTED);
        assertThat(selected.clientPrice().total().amount()).isEqualByComparingTo("6900.00");
        assertThat(selected.quoteValidUntil()).isEqualTo(TODAY.plusDays(30));
    }

    @Test
    void refusesEveryMoveItsStateDoesNotAllow() {
        var proposed = invited().accept(BigDecimal.ONE, Money.euros("500.00"), "Un message assez long.", NOW);
        assertThatThrownBy(() -> proposed.accept(BigDecimal.ONE, Money.euros("500.00"), "encore", NOW)).isInstanceOf(RefusedMove.class);
        assertThatThrownBy(() -> proposed.select("PO", new MissionId(UUID.randomUUID()), TODAY)).isInstanceOf(RefusedMove.class);
        var declined = invited().decline("Pas disponible", NOW);
        assertThatThrownBy(() -> declined.shortlist(Money.euros("1.00"), "DEV-2026-00002", TODAY)).isInstanceOf(RefusedMove.class);
        assertThatThrownBy(() -> declined.notSelected()).isInstanceOf(RefusedMove.class);
        var rejected = shortlisted().reject("Trop cher");
        assertThatThrownBy(() -> rejected.select("PO", new MissionId(UUID.randomUUID()), TODAY)).isInstanceOf(RefusedMove.class);
        assertThat(invited().notSelected().status()).isEqualTo(ProposalStatus.NOT_SELECTED);
    }

    @Test
    void aBriefRecordsALateShortlistAndRefusesMovesOnceFilledOrClosed() {
        var brief = Brief.submitted(BriefId.random(), new CompanyId(UUID.randomUUID()), new PersonId(UUID.randomUUID()),
                "Titre", "Description", List.of("Java"), List.of(), List.of(), TODAY.plusDays(10), BigDecimal.TEN, 5,
                WorkMode.REMOTE, null, null, 1, false, NOW, UUID.randomUUID());
        assertThat(brief.shortlistDueAt()).isEqualTo(Instant.parse("2026-12-03T09:00:00Z"));
        assertThat(brief.overdue(Instant.parse("2026-12-03T09:00:01Z"))).isTrue();
        var late = brief.shortlist(Instant.parse("2026-12-03T10:00:00Z"));
        assertThat(late.late()).isTrue();
        assertThat(brief.shortlist(Instant.parse("2026-12-02T10:00:00Z")).late()).isFalse();
        var filled = late.fill();
        assertThatThrownBy(filled::requireSelectable).isInstanceOf(RefusedMove.class);
        assertThatThrownBy(() -> filled.close("trop tard")).isInstanceOf(RefusedMove.class);
        assertThatThrownBy(() -> brief.close("x").shortlist(NOW)).isInstanceOf(RefusedMove.class);
    }
}
