package relais.guard.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The CPU time spent by this JVM, by the PostgreSQL server whose data folder is given (its postmaster and every
 * backend), and by the child processes this JVM has waited for (the load generator), read from /proc on Linux.
 * Divided by the requests served between two readings it gives what one request costs the machine, a figure that
 * other processes' load changes far less than requests per second.
 */
public final class CpuMeter {

    /** CPU nanoseconds used so far by each party; all zero where /proc cannot be read. */
    public record Reading(long jvm, long database, long children) {

        public Reading minus(Reading earlier) {
            return new Reading(jvm - earlier.jvm, database - earlier.database, children - earlier.children);
        }

        public Reading plus(Reading other) {
            return new Reading(jvm + other.jvm, database + other.database, children + other.children);
        }

        /** "JVM … µs, PostgreSQL … µs, load generator … µs of CPU per request". */
        public String perRequest(long requests) {
            double n = Math.max(requests, 1);
            return String.format("CPU per request: JVM %.0f µs, PostgreSQL %.0f µs, load generator %.0f µs, in all %.0f µs",
                    jvm / n / 1000, database / n / 1000, children / n / 1000, (jvm + database + children) / n / 1000);
        }
    }

    /** The kernel's clock tick, in which /proc counts CPU time: 100 per second on every Linux we run. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final String dataDir;

    /** {@code dataDir}: the folder the PostgreSQL server was started on, as its command line names it. */
    public CpuMeter(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize().toString();
    }

    public Reading read() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new Reading(jvm, database(), waitedChildren());
    }

    /** The postmaster started on the data folder, and its children (backends, background workers). */
    private long database() {
        List<long[]> processes = processes(); // pid, parent pid, CPU ticks
        long postmaster = processes.stream().filter(p -> commandLine(p[0]).contains(dataDir)).mapToLong(p -> p[0])
                .min().orElse(-1);
        return processes.stream().filter(p -> p[0] == postmaster || p[1] == postmaster)
                .mapToLong(p -> p[2]).sum() * NANOS_PER_TICK;
    }

    /** This process's children that ended and were waited for (fields 16 and 17 of /proc/self/stat). */
    private static long waitedChildren() {
        String[] fields = statFields(Path.of("/proc/self/stat"));
        return fields == null ? 0 : (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * NANOS_PER_TICK;
    }

    private static List<long[]> processes() {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(p -> {
                        String[] fields = statFields(p.resolve("stat"));
                        return fields == null ? null : new long[] {Long.parseLong(p.getFileName().toString()),
                                Long.parseLong(fields[1]), Long.parseLong(fields[11]) + Long.parseLong(fields[12])};
                    })
                    .filter(java.util.Objects::nonNull).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The fields of a stat file after the command name (which may hold spaces, so it is skipped up to its closing
     * parenthesis): index 0 is the state, 1 the parent pid, 11 and 12 user and system time, 13 and 14 those of the
     * waited-for children.
     */
    private static String[] statFields(Path stat) {
        try {
            String text = Files.readString(stat);
            return text.substring(text.lastIndexOf(')') + 2).trim().split(" ");
        } catch (IOException | RuntimeException e) {
            return null; // the process ended meanwhile, or this is not Linux
        }
    }

    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline"))).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }
}
