package relais.guard.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import relais.guard.internal.Attestation;

/**
 * An attestation as the public check answers it: exactly what its PDF states (the contract's fields, then who asked,
 * the sentences in the reader's language and the policy version), never an id or anything else recorded.
 */
record AttestationJson(LocalDate issuedOn, LocalDate on, String freelancerName, String personName,
        String askedAboutEmail, String verdict, LocalDate protectedUntil, boolean openEnded, LocalDate freeFrom,
        AskedBy askedBy, String headline, List<Line> reasons, List<Line> cautions, Attestation.Policy policy) {

    record AskedBy(String name, String role) {
    }

    @Schema(name = "AttestationLine")
    record Line(String code, String text) {
    }

    static AttestationJson of(Attestation a, Locale reader) {
        var statement = a.statement(reader);
        return new AttestationJson(a.issuedOn(), a.on(), a.freelancerName(), a.personName(), a.askedAboutEmail(),
                a.verdict().name(), a.protectedUntil(), a.openEnded(), a.freeFrom(),
                new AskedBy(a.asker().name(), a.asker().role().name()), statement.headline(),
                lines(statement.reasons()), lines(statement.cautions()), a.policy());
    }

    private static List<Line> lines(List<Attestation.Line> lines) {
        return lines.stream().map(l -> new Line(l.code(), l.text())).toList();
    }
}
