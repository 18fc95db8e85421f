package relais.database;

import java.io.IOException;


import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    RunningDatabase embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        return new EmbeddedDatabaseStarter(properties).start();
    }

    /** Flyway and the application share this pool: both work as the role that owns the schema, never as superuser. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(RunningDatabase database) {
        var config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.username());
        config.setPassword(database.password());
        config.setMaximumPoolSize(16);
        config.setPoolName("relais-embedded");
        return new HikariDataSource(config);
    }

}
