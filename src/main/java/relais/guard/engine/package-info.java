/**
 * The guard's rules in plain Java, internal to the guard module: verdicts, mission windows, referrals, releases,
 * timelines, policy versions, and the records the guard keeps (referral declarations, prior-relationship claims)
 * with the moves they allow. Nothing here knows Spring, a clock or a database; the module's services feed it
 * facts and today's date.
 */
package relais.guard.engine;
