package relais.account.internal;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The throttles' buckets live in the table {@code throttle_bucket}, each change made under a PostgreSQL advisory
 * lock on its key. Their time comes from the {@link TimeMeter} bean, so tests can move it instead of waiting.
 */
@Configuration(proxyBeanMethods = false)
class ThrottleConfiguration {

    @Bean
    TimeMeter throttleClock(Clock clock) {
        return new ClockTimeMeter(clock);
    }

    @Bean
    PostgreSQLadvisoryLockBasedProxyManager<String> throttleBuckets(DataSource dataSource, TimeMeter throttleClock) {
        return Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("throttle_bucket")
                .clientClock(throttleClock)
                // A row may go a minute after its bucket is full again: a full bucket and no bucket are the same.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }
}
