package relais.report;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Figures for the managers' dashboard, computed from the reports themselves. */
public final class CaseStatistics {

    private CaseStatistics() {
    }

    /** Median time from a protected report to the first manager action, over the cases that have had one. */
    public static Optional<Duration> medianTimeToFirstAction(List<Report> reports) {
        List<Duration> delays = reports.stream()
                .filter(r -> r.isProtected() && r.firstActionAt() != null && r.createdAt() != null)
                .map(r -> Duration.between(r.createdAt(), r.firstActionAt()))
                .sorted()
                .toList();
        if (delays.isEmpty()) {
            return Optional.empty();
        }
        int middle = delays.size() / 2;
        return Optional.of(delays.size() % 2 == 1 ? delays.get(middle)
                : delays.get(middle - 1).plus(delays.get(middle)).dividedBy(2));
    }
}
