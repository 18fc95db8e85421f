/**
 * From a client's brief to a mission: briefs and their 48-working-hour clock, invitations and the freelancers'
 * quotes, the shortlist with its devis, and the client's choice, which is the introduction the guard protects from.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Marketplace")
package relais.marketplace;
