/**
 * The freelancers the platform works with: identity, SIRET, IBAN, VAT status, contract and what they offer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Freelancers")
package relais.freelancer;
