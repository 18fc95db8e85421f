package relais.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import relais.freelancer.FreelancerId;
import relais.guard.GuardManagement;
import relais.report.internal.ReportRows;

/** Who a release (a buy-out paid, a waiver) freed besides the person it names, and their other open cases. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FreedCases {

    private final GuardManagement guard;
    private final ReportRows reports;

    /** The people protected with the freelancer on a day, by id: read before the release is recorded. */
    Map<String, String> protectedPeople(FreelancerId freelancer, LocalDate on) {
        var people = new LinkedHashMap<String, String>();
        guard.protectedClients(freelancer, on).forEach(c -> people.put(c.person().id(), c.person().fullName()));
        return people;
    }

    /**
     * Who a release just freed besides {@code person}, given who was protected on its day before it was recorded,
     * and the other open cases about anyone it freed.
     */
    Freed besides(FreelancerId freelancer, UUID person, LocalDate on, Map<String, String> before, ReportId except) {
        var after = protectedPeople(freelancer, on);
        var freedIds = new LinkedHashSet<>(before.keySet());
        freedIds.removeAll(after.keySet());
        List<String> others = freedIds.stream().filter(id -> person == null || !id.equals(person.toString()))
                .map(before::get).toList();
        List<Report> cases = reports.ofFreelancer(freelancer).stream()
                .filter(r -> r.isOpen() && r.personId() != null && freedIds.contains(r.personId().toString()))
                .filter(r -> except == null || !r.id().equals(except)).toList();
        return new Freed(others, cases);
    }
}
