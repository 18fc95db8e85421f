package relais.mission;

import java.util.List;

/** A mission with the names a person reads instead of ids. */
public record MissionOverview(Mission mission, String freelancerName, String companyName, List<String> participantNames) {
}
