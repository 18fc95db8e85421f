package relais.guard.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where one kind of request spends the JVM's CPU, read from a Java Flight Recorder file: each execution sample is
 * put in the first area (in the order given) that one of its frames belongs to, and the counts are divided by the
 * number of requests served meanwhile, so two endpoints recorded alike can be compared area by area. Socket writes
 * made by the PostgreSQL driver are counted too: one per database round trip.
 */
public final class CpuProfile {

    /** A named part of the request's work: a sample belongs to it when one of its frames matches. */
    public record Area(String name, Predicate<String> frame) {

        /** Frames of a class or method whose full name ("package.Class.method") starts with one of the prefixes. */
        public static Area of(String name, String... prefixes) {
            return new Area(name, frame -> {
                for (String prefix : prefixes) {
                    if (frame.startsWith(prefix)) {
                        return true;
                    }
                }
                return false;
            });
        }
    }

    /** Samples and database writes per request, by area. */
    public record Summary(long requests, long samples, Map<String, Long> byArea, long databaseWrites) {

        public double perRequest(long count) {
            return requests == 0 ? 0 : count / (double) requests;
        }

        /** "areas: samples per 1,000 requests" on one line, largest first. */
        public String describe() {
            var parts = new ArrayList<String>();
            byArea.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(area -> parts.add(String.format("%s %.1f", area.getKey(), 1000 * perRequest(area.getValue()))));
            return String.format("%.1f CPU samples per 1,000 requests (%s); %.2f database writes per request",
                    1000 * perRequest(samples), String.join(", ", parts), perRequest(databaseWrites));
        }
    }

    private CpuProfile() {
    }

    /** The areas of {@code files} (one endpoint's recordings), for {@code requests} requests served in them. */
    public static Summary of(List<Path> files, long requests, List<Area> areas) throws IOException {
        Map<String, Long> byArea = new LinkedHashMap<>();
        areas.forEach(area -> byArea.put(area.name(), 0L));
        byArea.put("other", 0L);
        long samples = 0;
        long databaseWrites = 0;
        for (Path file : files) {
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                String type = event.getEventType().getName();
                if (type.equals("jdk.ExecutionSample")) {
                    samples++;
                    byArea.merge(areaOf(event, areas), 1L, Long::sum);
                } else if (type.equals("jdk.SocketWrite") && anyFrame(event, frame -> frame.startsWith("org.postgresql."))) {
                    databaseWrites++;
                }
            }
        }
        return new Summary(requests, samples, byArea, databaseWrites);
    }

    private static String areaOf(RecordedEvent sample, List<Area> areas) {
        List<String> frames = frames(sample);
        for (Area area : areas) {
            if (frames.stream().anyMatch(area.frame())) {
                return area.name();
            }
        }
        return "other";
    }

    private static boolean anyFrame(RecordedEvent event, Predicate<String> test) {
        return frames(event).stream().anyMatch(test);
    }

    private static List<String> frames(RecordedEvent event) {
        if (event.getStackTrace() == null) {
            return List.of();
        }
        var names = new ArrayList<String>();
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
            if (frame.isJavaFrame()) {
                names.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
            }
        }
        return names;
    }
}
