package relais.demo;

import java.time.LocalDate;

import relais.company.CompanyId;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;

/** The cast of the demo, handed to the chapters that later modules add (referrals, reports…). */
public record DemoStory(LocalDate today, FreelancerId lea, FreelancerId hugo, PersonId marc, PersonId sophie,
        PersonId karim, PersonId ines, CompanyId acme, CompanyId acmeLabs) {
}
