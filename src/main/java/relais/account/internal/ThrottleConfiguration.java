package relais.account.internal;

import java.time.Clock;

import io.github.bucket4j.TimeMeter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The throttles' time comes from the {@link TimeMeter} bean, so tests can move it instead of waiting. */
@Configuration(proxyBeanMethods = false)
class ThrottleConfiguration {

    @Bean
    TimeMeter throttleClock(Clock clock) {
        return new ClockTimeMeter(clock);
    }
}
