package relais.marketplace;

import java.time.LocalDate;

import relais.freelancer.Freelancer;
import relais.mission.MissionId;

/** What a selection made: the proposal, the mission agreed that day, and the freelancer the client now knows. */
public record Introduced(Proposal proposal, MissionId missionId, LocalDate introducedOn, Freelancer freelancer) {
}
