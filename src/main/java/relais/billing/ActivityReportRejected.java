package relais.billing;

import relais.mission.MissionId;

/** A client person rejected a report, with a reason; the freelancer may declare the month again. */
public record ActivityReportRejected(ActivityReportId id, MissionId missionId, String reason) {
}
