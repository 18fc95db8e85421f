package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MessageScreenerTest {

    private final MessageScreener screener = new MessageScreener();

    @Test
    void cleanMessageIsNotFlagged() {
        Screening s = screener.screen("Merci, je livre la maquette jeudi.");
        assertThat(s.flagged()).isFalse();
        assertThat(s.categories()).isEmpty();
        assertThat(s.findings()).isEmpty();
    }

    @Test
    void emptyAndNullAreClean() {
        assertThat(screener.screen("").flagged()).isFalse();
        assertThat(screener.screen(null).flagged()).isFalse();
    }

    @Test
    void categoriesAreDistinctInEnumOrderAndFindingsSortedByStart() {
        String text = "On bosse en direct ? Appelle le 06 12 34 56 78 ou écris à a.b@gmail.com, "
                + "écris-moi sur WhatsApp, mon numéro de nouveau 07 11 22 33 44.";
        Screening s = screener.screen(text);
        assertThat(s.flagged()).isTrue();
        assertThat(s.categories()).containsExactly(Category.EMAIL, Category.PHONE, Category.LINK_OR_HANDLE, Category.GO_DIRECT);
        assertThat(s.findings()).extracting(Finding::start).isSorted();
        assertThat(s.findings()).filteredOn(f -> f.category() == Category.PHONE).hasSize(2);
    }

    @Test
    void findingTextIsTheOriginalSubstring() {
        String text = "ÉCRIS-MOI À JEAN.DUPONT AROBASE GMAIL POINT COM !";
        Finding f = screener.screen(text).findings().get(0);
        assertThat(f.text()).isEqualTo(text.substring(f.start(), f.end())).isEqualTo("JEAN.DUPONT AROBASE GMAIL POINT COM");
    }

    @Test
    void offsetsStayRightAfterAccentsAndEmoji() {
        String text = "Très bien 👍 déjà noté — appelle-moi au 06 12 34 56 78";
        Finding f = screener.screen(text).findings().get(0);
        assertThat(f.text()).isEqualTo("06 12 34 56 78");
        assertThat(f.start()).isEqualTo(text.indexOf("06 12"));
    }

    @Test
    void isSafeToShareAcrossThreads() throws Exception {
        List<String> texts = List.of("Appelle le 06 12 34 56 78", "IBAN FR76 3000 6000 0112 3456 7890 189",
                "let's skip the middleman", "écris à x.y@gmail.com", "Livraison le 12/03");
        List<Screening> expected = texts.stream().map(screener::screen).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        for (int k = 0; k < texts.size(); k++) {
                            if (!screener.screen(texts.get(k)).equals(expected.get(k))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
