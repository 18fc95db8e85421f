package relais.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import relais.support.IntegrationTest;

/**
 * The settings the migration rule relies on, read from the Flyway the application really runs with, wherever they
 * might be set: a migration numbered below one already applied is refused instead of slipped in, and every start
 * checks the applied migrations against their files.
 */
@IntegrationTest
class FlywaySettingsTests {

    @Autowired
    Flyway flyway;

    @Test
    void migrationsRunInOneOrderAndAreValidatedAtEveryStart() {
        var configuration = flyway.getConfiguration();
        assertThat(configuration.isOutOfOrder()).as("outOfOrder").isFalse();
        assertThat(configuration.isValidateOnMigrate()).as("validateOnMigrate").isTrue();
        assertThat(configuration.isCleanDisabled()).as("cleanDisabled").isTrue();
        assertThat(configuration.isBaselineOnMigrate()).as("baselineOnMigrate").isFalse();
    }

    @Test
    void everyMigrationFileHasRunAndStillMatchesWhatRan() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }
}
