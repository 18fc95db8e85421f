package relais.guard.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import relais.guard.VerdictTexts;

@Configuration(proxyBeanMethods = false)
class GuardConfiguration {

    @Bean
    VerdictTexts verdictTexts(MessageSource messages) {
        return new VerdictTexts(messages);
    }
}
