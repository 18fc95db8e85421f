package relais.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import relais.guard.engine.PolicyHistory;
import relais.guard.engine.RelationshipFacts;

/** The engine's work spread over the cores: every freelancer's result arrives once, and a failure is not swallowed. */
class EngineWorkersTest {

    private static RelationshipFacts freelancer(int n) {
        return new RelationshipFacts("f" + n, List.of(), List.of(), List.of(), Map.of(), Map.of(),
                PolicyHistory.defaults());
    }

    private static Consumer<Consumer<RelationshipFacts>> feed(int count) {
        return action -> {
            for (int n = 0; n < count; n++) {
                action.accept(freelancer(n));
            }
        };
    }

    @Test
    void everyResultReachesTheSinkOnce() {
        List<String> results = new ArrayList<>(); // a plain list: the sink is called one result at a time
        EngineWorkers.run(feed(5_000), RelationshipFacts::freelancerId, results::add);
        assertThat(results).hasSize(5_000).doesNotHaveDuplicates().contains("f0", "f4999");
    }

    @Test
    void aFailureInTheEngineFailsTheRun() {
        assertThatThrownBy(() -> EngineWorkers.run(feed(1_000), facts -> {
            if (facts.freelancerId().equals("f500")) {
                throw new IllegalStateException("the engine refused f500");
            }
            return facts.freelancerId();
        }, result -> {
        })).isInstanceOf(IllegalStateException.class).hasMessage("the engine refused f500");
    }
}
