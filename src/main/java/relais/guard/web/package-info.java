/**
 * The guard's HTTP and page adapters; {@link relais.guard.web.VerdictJson} is shared with the modules that show a
 * verdict in their own answers (reports).
 */
@org.springframework.modulith.NamedInterface("web")
package relais.guard.web;
