package relais.billing;

import relais.mission.MissionId;

/** A client person (or an account manager for them) validated a report; its two invoices were issued with it. */
public record ActivityReportValidated(ActivityReportId id, MissionId missionId) {
}
