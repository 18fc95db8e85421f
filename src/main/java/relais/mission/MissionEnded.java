package relais.mission;

import java.time.LocalDate;

import relais.freelancer.FreelancerId;

/** A mission finished or was cancelled on this day: its protection clock now runs. */
public record MissionEnded(MissionId missionId, FreelancerId freelancerId, MissionStatus status, LocalDate on) {
}
