package relais.report;

import java.time.LocalDate;

import relais.guard.ReleaseKind;

/**
 * An open case whose relationship is free today: released (buy-out, waiver, prior relationship) or its protection
 * over. A reminder would tell the client something no longer true; the case is to be closed with {@code suggested}.
 *
 * @param releaseKind null when the protection simply ended
 */
public record NoLongerProtected(LocalDate freeFrom, ReleaseKind releaseKind, Outcome suggested) {
}
