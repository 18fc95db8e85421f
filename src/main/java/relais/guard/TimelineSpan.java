package relais.guard;

import java.time.LocalDate;

/**
 * A stretch of days during which a person is protected, for drawing a timeline. Consecutive spans of one person
 * never overlap; where a mission and a referral both cover a day, the day is drawn as MISSION.
 *
 * @param end last protected day, null when open-ended
 */
public record TimelineSpan(LocalDate start, LocalDate end, boolean openEnded, Via via) {
}
