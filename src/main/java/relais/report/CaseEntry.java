package relais.report;

import java.util.Map;

/** A line a case's history gains with a step: who did what, and the message when one was sent. */
record CaseEntry(Actor actor, EventKind kind, String text, String subject, String body, Map<String, Object> data) {

    CaseEntry {
        data = data == null ? Map.of() : data;
    }

    static CaseEntry of(Actor actor, EventKind kind, String text, Map<String, Object> data) {
        return new CaseEntry(actor, kind, text, null, null, data);
    }
}
