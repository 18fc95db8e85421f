/**
 * Gives Relais its PostgreSQL: an embedded server with its data in a local folder when no datasource is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package relais.database;
