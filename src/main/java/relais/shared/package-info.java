/**
 * Small value types and error kinds that every module speaks: money, identifiers of French businesses, e-mail
 * addresses, and the problems a request can run into.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package relais.shared;
