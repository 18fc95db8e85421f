package relais.shared;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(PlatformDates.PARIS);
    }

    /**
     * Runs the modules' after-commit reactions (every {@code @ApplicationModuleListener}) on a few threads with a
     * queue. Left to one virtual thread each, a month-end burst of issued invoices started hundreds of PDF renderings
     * at once and emptied the connection pool under the requests; a queue never makes the committing request wait,
     * and a reaction still queued when the app stops stays incomplete in the publication registry, to run again on a
     * live node once relais.reactions.stale-after has passed.
     */
    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(@Value("${relais.reactions.threads:4}") int threads) {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("reaction-");
        return executor;
    }
}
