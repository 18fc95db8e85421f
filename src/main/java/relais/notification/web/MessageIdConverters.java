package relais.notification.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.GenericConverter;
import relais.notification.MessageId;
import relais.shared.web.IdConverter;

/** Outbox message ids arrive typed in controllers; a malformed one answers as an unknown one. */
@Configuration(proxyBeanMethods = false)
class MessageIdConverters {

    @Bean
    GenericConverter messageIdConverter() {
        return IdConverter.of(MessageId.class, "message", MessageId::new);
    }
}
