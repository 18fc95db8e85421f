package relais.screening.web;

import java.time.Instant;
import java.util.UUID;

import relais.screening.internal.MissionMessage;

/**
 * A mission message in the API, with its screening. {@code reportForm} is the prefilled report form offered to the
 * freelancer reading it, else null; {@code reminder} is the kind word for the sender of a flagged message, else null.
 */
record MessageJson(UUID id, UUID missionId, Author author, String text, Instant createdAt, boolean flagged,
        java.util.List<relais.screening.Category> categories, java.util.List<ScreeningJson.FindingJson> findings,
        String reportForm, String reminder) {

    record Author(UUID accountId, String role, String name, UUID personId) {
    }

    static MessageJson of(MissionMessage m, String reportForm, String reminder) {
        var screening = ScreeningJson.of(m.screening());
        return new MessageJson(m.id(), m.missionId(),
                new Author(m.authorAccountId(), m.authorRole().name(), m.authorName(), m.personId()), m.body(),
                m.createdAt(), screening.flagged(), screening.categories(), screening.findings(), reportForm, reminder);
    }
}
