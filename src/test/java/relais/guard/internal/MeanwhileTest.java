package relais.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** A read on another thread hands back its result, or its own failure, to whoever awaits it. */
class MeanwhileTest {

    @Test
    void handsBackTheResultComputedOnItsOwnThread() {
        String ranOn = Meanwhile.start("meanwhile-test", () -> Thread.currentThread().getName()).await();
        assertThat(ranOn).isEqualTo("meanwhile-test");
    }

    @Test
    void throwsTheWorksOwnRuntimeFailure() {
        var failure = new IllegalArgumentException("no such freelancer");
        Meanwhile<String> read = Meanwhile.start("meanwhile-test", () -> {
            throw failure;
        });
        assertThatThrownBy(read::await).isSameAs(failure);
    }

    @Test
    void wrapsACheckedFailure() {
        Meanwhile<String> read = Meanwhile.start("meanwhile-test", () -> {
            throw new SQLException("connection lost");
        });
        assertThatThrownBy(read::await).isInstanceOf(IllegalStateException.class)
                .hasRootCauseInstanceOf(SQLException.class);
    }
}
