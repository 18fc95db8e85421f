package relais.mission;

/** An extension was proposed; the client people of the mission are asked to answer it. */
public record ExtensionProposed(ExtensionId extensionId, MissionId missionId, String proposedByName,
        boolean byAccountManager) {
}
