package relais.guard;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything that happened to one person's protection with the freelancer, oldest first.
 *
 * @param personName full name, or the id when the person is not in the facts
 * @param releases   the effective dates of the releases that cut this person's protection
 */
public record PersonTimeline(String personId, String personName, List<TimelineSpan> spans, List<LocalDate> releases) {
    public PersonTimeline {
        spans = List.copyOf(spans);
        releases = List.copyOf(releases);
    }
}
