package relais.billing;

import relais.mission.MissionId;

/** A freelancer declared a month of work; the mission's client people are to validate it. */
public record ActivityReportSubmitted(ActivityReportId id, MissionId missionId) {
}
