package relais.support;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;

import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs one fuzz test class in a JVM of its own (Jazzer fuzzes one test per JVM), for {@code FuzzingBenchmark}:
 * {@code java -cp … relais.support.FuzzTarget relais.shared.MoneyInputFuzzTest}, with {@code JAZZER_FUZZ=1} in the
 * environment. Exits with 0 when the fuzz test passed, 1 when it failed (Jazzer found an input).
 */
public final class FuzzTarget {

    private FuzzTarget() {
    }

    public static void main(String[] args) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(args[0]))
                .build();
        var summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, summary);
        summary.getSummary().printFailuresTo(new PrintWriter(System.out, true), 20);
        System.out.println("FUZZ TARGET " + args[0] + " failed: " + summary.getSummary().getTotalFailureCount());
        System.exit(summary.getSummary().getTotalFailureCount() == 0 ? 0 : 1);
    }
}
