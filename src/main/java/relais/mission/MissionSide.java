package relais.mission;

/** Which side of a mission a person speaks for. */
public enum MissionSide {
    FREELANCER, CLIENT
}
