package relais.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PersonTest {

    private final CompanyId acme = new CompanyId(UUID.randomUUID());
    private final CompanyId labs = new CompanyId(UUID.randomUUID());
    private final Person moved = new Person(new PersonId(UUID.randomUUID()), "Karim", List.of("k@acme.fr"), labs,
            List.of(new Employment(acme, LocalDate.of(2025, 3, 1)), new Employment(labs, LocalDate.of(2026, 6, 15))));

    @Test
    void worksWhereTheLatestMoveOnOrBeforeTheDayTookThem() {
        assertThat(moved.companyOn(LocalDate.of(2026, 6, 14))).isEqualTo(acme);
        assertThat(moved.companyOn(LocalDate.of(2026, 6, 15))).isEqualTo(labs);
    }

    @Test
    void theFirstKnownEmployerAlsoCoversTheTimeBefore() {
        assertThat(moved.companyOn(LocalDate.of(2020, 1, 1))).isEqualTo(acme);
    }

    @Test
    void theUndatedFirstEmploymentCoversEverythingBeforeAMoveDatedEarlierThanTheRecord() {
        Person recordedThenMovedEarlier = new Person(new PersonId(UUID.randomUUID()), "Jeanne", List.of("j@acme.fr"), labs,
                List.of(Employment.first(acme), new Employment(labs, LocalDate.of(2026, 10, 1))));

        assertThat(recordedThenMovedEarlier.companyOn(LocalDate.of(2026, 9, 30))).isEqualTo(acme);
        assertThat(recordedThenMovedEarlier.companyOn(LocalDate.of(2026, 10, 1))).isEqualTo(labs);
        assertThat(recordedThenMovedEarlier.companyOn(LocalDate.of(2026, 11, 30))).isEqualTo(labs);
    }
}
