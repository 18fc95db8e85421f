package relais.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.Callable;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A read on another thread hands back its result, or its own failure, to whoever awaits it. */
class MeanwhileTest {

    private static Function<Callable<String>, Meanwhile<String>> way(String how) {
        return how.equals("start") ? work -> Meanwhile.start("meanwhile-test", work) : Meanwhile::now;
    }

    @ParameterizedTest
    @ValueSource(strings = {"start", "now"})
    void handsBackTheResultAndTheThreadItRanOn(String how) {
        String caller = Thread.currentThread().getName();
        String ranOn = way(how).apply(() -> Thread.currentThread().getName()).await();
        assertThat(ranOn).isEqualTo(how.equals("start") ? "meanwhile-test" : caller);
    }

    @ParameterizedTest
    @ValueSource(strings = {"start", "now"})
    void throwsTheWorksOwnRuntimeFailure(String how) {
        var failure = new IllegalArgumentException("no such freelancer");
        Meanwhile<String> read = way(how).apply(() -> {
            throw failure;
        });
        assertThatThrownBy(read::await).isSameAs(failure);
    }

    @ParameterizedTest
    @ValueSource(strings = {"start", "now"})
    void wrapsACheckedFailure(String how) {
        Meanwhile<String> read = way(how).apply(() -> {
            throw new java.sql.SQLException("connection lost");
        });
        assertThatThrownBy(read::await).isInstanceOf(IllegalStateException.class)
                .hasRootCauseInstanceOf(java.sql.SQLException.class);
    }
}
