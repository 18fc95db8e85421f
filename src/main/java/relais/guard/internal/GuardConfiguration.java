package relais.guard.internal;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import relais.account.RequestThrottle;
import relais.guard.VerdictTexts;
import relais.guard.web.DirectWorkThrottle;

@Configuration(proxyBeanMethods = false)
class GuardConfiguration {

    @Bean
    VerdictTexts verdictTexts(MessageSource messages) {
        return new VerdictTexts(messages);
    }

    /**
     * One budget per account shared by every way of asking for a verdict (API and page), so nobody can sweep
     * addresses. 60 a minute by default; the benchmark raises it to measure throughput.
     */
    @Bean
    DirectWorkThrottle directWorkThrottle(@Value("${relais.guard.direct-work-per-minute:60}") int perMinute,
            Clock clock) {
        return new DirectWorkThrottle(new RequestThrottle(perMinute, clock));
    }
}
