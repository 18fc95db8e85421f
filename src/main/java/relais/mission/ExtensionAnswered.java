package relais.mission;

/** A client person accepted or declined an extension; the freelancer is told. */
public record ExtensionAnswered(ExtensionId extensionId, MissionId missionId, ExtensionStatus status,
        String answeredByName) {
}
