package relais.billing.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import relais.billing.PlatformIdentity;

/** Binds the platform's identity on its invoices from {@code relais.platform.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformIdentity.class)
class BillingConfiguration {
}
