/**
 * Missions between a freelancer and a client company: who took part, when the freelancer was introduced, and the
 * lifecycle from agreement to the end.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Missions")
package relais.mission;
