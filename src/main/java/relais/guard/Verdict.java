package relais.guard;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * The guard's answer for one person (or address) on one date.
 *
 * <p>PROTECTED: {@code protectedUntil} is the last protected day of the protected stretch containing the date
 * (null with {@code openEnded} while a mission has no end) and {@code freeFrom} the day after (null when
 * open-ended). FREE: {@code protectedUntil} is null; {@code freeFrom} is the first free day when a protection
 * ended or was released, null when there never was one.
 *
 * @param personId   null when an address matched nobody in the facts
 * @param personName the person's full name when known, so that texts can name them
 */
public record Verdict(VerdictKind kind, LocalDate protectedUntil, boolean openEnded, LocalDate freeFrom,
                      String personId, List<Explanation> reasons, List<Explanation> cautions, String personName) {

    public Verdict {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
    }

    /** The verdict without a person name (texts then say "this person"). */
    public Verdict(VerdictKind kind, LocalDate protectedUntil, boolean openEnded, LocalDate freeFrom, String personId,
                   List<Explanation> reasons, List<Explanation> cautions) {
        this(kind, protectedUntil, openEnded, freeFrom, personId, reasons, cautions, null);
    }

    public boolean isProtected() {
        return kind == VerdictKind.PROTECTED;
    }

    public List<String> reasonCodes() {
        return reasons.stream().map(Explanation::code).toList();
    }

    public List<String> cautionCodes() {
        return cautions.stream().map(Explanation::code).toList();
    }

    /** The policy versions the verdict was judged by, oldest first. */
    public List<Explanation.Policy> policies() {
        return reasons.stream().filter(Explanation.Policy.class::isInstance).map(Explanation.Policy.class::cast)
                .toList();
    }

    /** The protection length of the oldest policy version behind the verdict; empty when none is (FREE, never protected). */
    public OptionalInt protectionMonths() {
        return policies().stream().mapToInt(Explanation.Policy::protectionMonths).findFirst();
    }

    /** The longest protection length among the policy versions behind the verdict. */
    public OptionalInt longestProtectionMonths() {
        return policies().stream().mapToInt(Explanation.Policy::protectionMonths).max();
    }
}
