/**
 * The client side: companies (SIREN, domains, billing details, groups) and the people who work there, who keep
 * their identity when they change employer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Client companies and people")
package relais.company;
