package relais.payment.internal;

import java.math.BigDecimal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import relais.payment.LatePenalties;

/**
 * The late-payment rate from {@code relais.billing.late-penalty-rate}: by default the ECB's main refinancing rate
 * in force on 1 July 2025 (2.15 %, since 11 June 2025) plus 10 points, the rate the invoices announce. The law takes
 * the rate in force on 1 January and 1 July for each half-year, so an operator updates it twice a year.
 */
@Configuration(proxyBeanMethods = false)
class DunningConfiguration {

    @Bean
    LatePenalties latePenalties(@Value("${relais.billing.late-penalty-rate:0.1215}") BigDecimal annualRate) {
        return new LatePenalties(annualRate);
    }
}
