package relais.payment.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.GenericConverter;
import relais.payment.PayoutId;
import relais.payment.TransferId;
import relais.shared.web.IdConverter;

/** Payout and transfer ids arrive typed in controllers; a malformed one answers as an unknown one. */
@Configuration(proxyBeanMethods = false)
class PayoutIdConverters {

    @Bean
    GenericConverter payoutIdConverter() {
        return IdConverter.of(PayoutId.class, "payout", PayoutId::new);
    }

    @Bean
    GenericConverter transferIdConverter() {
        return IdConverter.of(TransferId.class, "transfer", TransferId::new);
    }
}
