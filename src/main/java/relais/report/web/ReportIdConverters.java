package relais.report.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.GenericConverter;
import relais.report.BuyoutId;
import relais.report.ReportId;
import relais.shared.web.IdConverter;

/** Report and buy-out ids arrive typed in controllers; a malformed one answers as an unknown one. */
@Configuration(proxyBeanMethods = false)
class ReportIdConverters {

    @Bean
    GenericConverter reportIdConverter() {
        return IdConverter.of(ReportId.class, "report", ReportId::new);
    }

    @Bean
    GenericConverter buyoutIdConverter() {
        return IdConverter.of(BuyoutId.class, "buy-out", BuyoutId::new);
    }
}
