package relais.mission;

import java.time.LocalDate;

import relais.freelancer.FreelancerId;

/** A mission was recorded; the guard notes which policy version it was agreed under. */
public record MissionAgreed(MissionId missionId, FreelancerId freelancerId, LocalDate agreedOn) {
}
