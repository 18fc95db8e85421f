package relais.demo;

import java.time.LocalDate;

import relais.account.RelaisUser;
import relais.company.CompanyId;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;

/**
 * The cast of the demo, handed to the chapters that later modules add (referrals, reports…); {@code leaLogin} is Léa
 * as she logs in, for chapters that act in her name.
 */
public record DemoStory(LocalDate today, FreelancerId lea, FreelancerId hugo, PersonId marc, PersonId sophie,
        PersonId karim, PersonId ines, CompanyId acme, CompanyId acmeLabs, RelaisUser leaLogin) {
}
