/**
 * Spots moves off the platform in what users write: the detector (plain Java, at the top of this package), the
 * mission messages it screens, the account managers' screening queue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package relais.screening;
