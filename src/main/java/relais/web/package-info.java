/**
 * The shell of the web UI: layout data, navigation per role, the dashboards and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package relais.web;
