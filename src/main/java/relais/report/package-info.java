/**
 * What happens when a client proposes to go direct: the freelancer's report, the account manager's case with its
 * clock, reminders, buy-outs and an append-only history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Go-direct reports")
package relais.report;
