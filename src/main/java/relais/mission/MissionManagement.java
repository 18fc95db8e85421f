package relais.mission;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.company.Person;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.mission.internal.MissionRows;
import relais.shared.ConflictException;
import relais.shared.Ids;
import relais.shared.InputCheck;
import relais.shared.InvalidInputException;
import relais.shared.Money;
import relais.shared.MoneyInput;
import relais.shared.NotFoundException;
import relais.shared.TextRule;

/** Records missions and moves them along their lifecycle. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MissionManagement {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** Far above any mission, and what the days column (numeric(7, 1)) and the planned amount's products hold. */
    private static final BigDecimal MOST_DAYS = new BigDecimal("10000");

    private final MissionRows missions;
    private final CompanyManagement companies;
    private final FreelancerManagement freelancers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Transactional
    public Mission create(MissionDetails d) {
        return create(d, null, null);
    }

    /**
     * Records a mission whose client day rate was already fixed (a quote accepted at selection), with the purchase
     * order given then. Without a client rate, the freelancer's rate plus the company's commission on the agreed day
     * applies, rounded half-up to the cent.
     */
    @Transactional
    public Mission create(MissionDetails d, Money clientDayRate, String purchaseOrder) {
        var mission = validated(new MissionId(UUID.randomUUID()), d, null);
        missions.insert(mission);
        Money clientRate = clientDayRate != null ? clientDayRate
                : mission.dayRate() == null ? null
                : mission.dayRate().withMarkup(companies.companyOrThrow(mission.companyId()).commissionRate());
        missions.updateBillingTerms(mission.id(), clientRate, purchaseOrder);
        events.publishEvent(new MissionAgreed(mission.id(), mission.freelancerId(), mission.agreedOn()));
        return mission;
    }

    /**
     * Corrects a recorded mission (an account manager fixing history): title, dates, participants, rate and days.
     * The freelancer, the company and the agreement date stay: the policy version was fixed on that date.
     */
    @Transactional
    public Mission update(MissionId id, MissionDetails d) {
        var existing = missionOrThrow(id);
        var fixed = new MissionDetails(existing.freelancerId().toString(), existing.companyId().toString(),
                d.participantIds(), d.title(), existing.agreedOn(), d.introducedOn(), d.startOn(), d.endOn(), d.dayRate(),
                d.days());
        var mission = validated(id, fixed, existing);
        missions.update(mission);
        return mission;
    }

    private Mission validated(MissionId id, MissionDetails d, Mission existing) {
        var check = new InputCheck();
        UUID freelancerId = check.field("freelancerId", () -> Ids.parseField(d.freelancerId()));
        UUID companyId = check.field("companyId", () -> Ids.parseField(d.companyId()));
        String title = check.required("title", d.title() == null ? null : d.title().trim());
        check.text("title", title, TextRule.NAME);
        check.date("agreedOn", check.required("agreedOn", d.agreedOn()));
        check.date("introducedOn", check.required("introducedOn", d.introducedOn()));
        check.date("startOn", check.required("startOn", d.startOn()));
        check.date("endOn", d.endOn());
        Money dayRate = d.dayRate() == null ? null : check.field("dayRate", () -> MoneyInput.positive(d.dayRate().toMoney()));
        // Bounded first: the remainder of a number like 1e999999999 would take the machine for a long while.
        if (d.days() != null && d.days().compareTo(MOST_DAYS) > 0) {
            check.problem("days", "validation.days.max", "must be at most 10,000 days");
        } else if (d.days() != null && (d.days().signum() <= 0 || d.days().scale() > 1
                || d.days().remainder(HALF).signum() != 0)) {
            check.problem("days", "validation.days", "must be a positive number of days, in halves (e.g. 10 or 7.5)");
        }
        if (d.startOn() != null && d.endOn() != null && d.endOn().isBefore(d.startOn())) {
            check.problem("endOn", "validation.end.before.start", "must not be before startOn (" + d.startOn() + ")", d.startOn());
        }
        if (existing != null && existing.actualEndOn() != null && d.startOn() != null
                && existing.actualEndOn().isBefore(d.startOn())) {
            check.problem("startOn", "validation.start.after.end", "must not be after the mission's actual end ("
                    + existing.actualEndOn() + ")", existing.actualEndOn());
        }
        if (freelancerId != null && freelancers.freelancer(new FreelancerId(freelancerId)).isEmpty()) {
            check.problem("freelancerId", "validation.unknown", "no such freelancer");
        }
        boolean companyKnown = companyId != null && companies.company(new CompanyId(companyId)).isPresent();
        if (companyId != null && !companyKnown) {
            check.problem("companyId", "validation.unknown", "no such company");
        }
        Set<PersonId> participants = participants(check, d, companyKnown ? new CompanyId(companyId) : null);
        check.throwIfInvalid();
        if (existing != null) {
            return new Mission(id, existing.freelancerId(), existing.companyId(), participants, title, existing.agreedOn(),
                    d.introducedOn(), d.startOn(), d.endOn(), existing.actualEndOn(), existing.cancelledOn(),
                    existing.status(), dayRate, d.days(), existing.extendedDays());
        }
        LocalDate today = LocalDate.now(clock);
        var status = d.startOn().isAfter(today) ? MissionStatus.AGREED : MissionStatus.IN_PROGRESS;
        return new Mission(id, new FreelancerId(freelancerId), new CompanyId(companyId), participants, title,
                d.agreedOn(), d.introducedOn(), d.startOn(), d.endOn(), null, null, status, dayRate, d.days());
    }

    private Set<PersonId> participants(InputCheck check, MissionDetails d, CompanyId company) {
        var ids = new LinkedHashSet<PersonId>();
        if (d.participantIds() == null || d.participantIds().isEmpty()) {
            check.problem("participantIds", "validation.participants.none", "at least one client person (the one who ordered the mission) is required");
            return ids;
        }
        for (int i = 0; i < d.participantIds().size(); i++) {
            String raw = d.participantIds().get(i);
            String field = "participantIds[" + i + "]";
            UUID id = check.field(field, () -> Ids.parseField(raw));
            if (id == null) {
                continue;
            }
            Optional<Person> person = companies.person(new PersonId(id));
            if (person.isEmpty()) {
                check.problem(field, "validation.unknown", "no such person");
            } else if (company != null && d.agreedOn() != null && !person.get().companyOn(d.agreedOn()).equals(company)) {
                check.problem(field, "validation.participant.company", person.get().fullName() + " did not work at the mission's company on " + d.agreedOn(), person.get().fullName(), d.agreedOn());
            } else {
                ids.add(new PersonId(id));
            }
        }
        return ids;
    }

    @Transactional
    public Mission start(MissionId id, LocalDate on) {
        return move(id, on, "on", mission -> mission.start(on));
    }

    @Transactional
    public Mission end(MissionId id, LocalDate on) {
        return move(id, on, "on", current -> current.finish(on));
    }

    @Transactional
    public Mission cancel(MissionId id, LocalDate on) {
        return move(id, on, "on", current -> current.cancel(on));
    }

    private Mission move(MissionId id, LocalDate on, String field, java.util.function.UnaryOperator<Mission> change) {
        if (on == null) {
            throw new InvalidInputException(field, "is required");
        }
        var check = new InputCheck();
        check.date(field, on);
        check.throwIfInvalid();
        var current = missionOrThrow(id);
        Mission next;
        try {
            next = change.apply(current);
        } catch (relais.shared.InvalidValueException e) {
            throw new InvalidInputException(java.util.List.of(new relais.shared.FieldProblem(field, e.getMessage(), e.code(), e.args())));
        }
        if (!missions.updateLifecycle(next, current.status())) {
            throw new ConflictException(null, "conflict.mission.changed", "The mission changed meanwhile; reload it and try again.");
        }
        return next;
    }

    /**
     * The mission, locked until the transaction ends: billing takes it before validating days against what was
     * ordered, so that two validations of one mission take turns.
     */
    public Mission lockedMission(MissionId id) {
        return missions.lock(id).orElseThrow(() -> NotFoundException.of("mission", id));
    }

    /**
     * Finishes the mission after its last activity report was validated, on {@code on} (the end of that month or
     * the mission's end if earlier). A mission still marked agreed starts on its start date first; one already
     * finished or cancelled stays as it is.
     */
    @Transactional
    public Mission finishAfterLastReport(MissionId id, LocalDate on) {
        var current = missionOrThrow(id);
        var next = current;
        if (next.status() == MissionStatus.AGREED) {
            next = next.start(next.startOn());
        }
        if (next.status() != MissionStatus.IN_PROGRESS) {
            return current;
        }
        next = next.finish(on.isBefore(next.startOn()) ? next.startOn() : on);
        if (!missions.updateLifecycle(next, current.status())) {
            throw new ConflictException(null, "conflict.mission.changed", "The mission changed meanwhile; reload it and try again.");
        }
        return next;
    }

    /** What the client pays per day on this mission (fixed at selection, or computed for a direct mission). */
    public Optional<Money> clientDayRate(MissionId id) {
        return missions.clientDayRate(id);
    }

    /**
     * The purchase order the client last gave for this mission: that of the latest accepted extension, else the one
     * given at selection; null when none was.
     */
    public String purchaseOrder(MissionId id) {
        return missions.purchaseOrder(id);
    }

    public Optional<Mission> mission(MissionId id) {
        return missions.byId(id);
    }

    public Mission missionOrThrow(MissionId id) {
        return missions.byId(id).orElseThrow(() -> NotFoundException.of("mission", id));
    }

    public List<Mission> missionsOf(FreelancerId freelancer) {
        return missions.ofFreelancer(freelancer);
    }

    public List<Mission> missionsWith(CompanyId company) {
        return missions.ofCompany(company);
    }

    /** Names for a page of missions, fetched in three queries whatever the page size. */
    public List<MissionOverview> overviews(List<Mission> page) {
        var freelancerNames = new java.util.HashMap<UUID, String>();
        freelancers.freelancers(page.stream().map(m -> m.freelancerId().value()).distinct().toList())
                .forEach(f -> freelancerNames.put(f.id().value(), f.fullName()));
        var companyNames = new java.util.HashMap<UUID, String>();
        companies.companies(page.stream().map(m -> m.companyId().value()).distinct().toList())
                .forEach(c -> companyNames.put(c.id().value(), c.name()));
        var personNames = new java.util.HashMap<UUID, String>();
        companies.people(page.stream().flatMap(m -> m.participants().stream()).map(PersonId::value).distinct().toList())
                .forEach(p -> personNames.put(p.id().value(), p.fullName()));
        return page.stream().map(m -> new MissionOverview(m, freelancerNames.get(m.freelancerId().value()),
                companyNames.get(m.companyId().value()),
                m.participants().stream().map(p -> personNames.get(p.value())).sorted().toList())).toList();
    }

    public List<Mission> search(String query, int limit) {
        return missions.search(query, limit);
    }
}
