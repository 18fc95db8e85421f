package relais.billing.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.GenericConverter;
import relais.billing.ActivityReportId;
import relais.billing.InvoiceId;
import relais.shared.web.IdConverter;

/** Activity report and invoice ids arrive typed in controllers; a malformed one answers as an unknown one. */
@Configuration(proxyBeanMethods = false)
class BillingIdConverters {

    @Bean
    GenericConverter activityReportIdConverter() {
        return IdConverter.of(ActivityReportId.class, "activity report", ActivityReportId::new);
    }

    @Bean
    GenericConverter invoiceIdConverter() {
        return IdConverter.of(InvoiceId.class, "invoice", InvoiceId::new);
    }
}
