/**
 * Demo data for a first look at Relais: a few companies, people, freelancers and missions with their logins.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package relais.demo;
