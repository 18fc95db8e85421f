package relais.mission.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The short answers of the API after a mission's start, as API.md writes them. */
final class AftercareAnswers {

    private AftercareAnswers() {
    }

    /** 201 for a new extension or incident: {@code {"id", "status"}}. */
    @Schema(name = "AftercareCreated")
    record Created(String id, String status) {
    }

    /** 200 for a step: {@code {"status"}}. */
    record StatusOnly(String status) {
    }
}
