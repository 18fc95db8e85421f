/**
 * Billing: freelancers' monthly activity reports and, once a client validates one, the two invoices of the chain
 * freelancer ⟶ platform ⟶ client, numbered without gaps, immutable, cancelled only by credit notes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing")
package relais.billing;
