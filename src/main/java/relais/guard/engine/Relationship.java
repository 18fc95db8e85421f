package relais.guard.engine;

import relais.guard.PersonRef;
import relais.guard.PersonTimeline;
import relais.guard.Verdict;

/** One person's relationship with a freelancer as an account manager reviews it: its stretches and today's verdict. */
public record Relationship(PersonRef person, String companyName, PersonTimeline timeline, Verdict verdict) {
}
