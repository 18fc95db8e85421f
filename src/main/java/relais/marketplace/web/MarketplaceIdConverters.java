package relais.marketplace.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.GenericConverter;
import relais.marketplace.BriefId;
import relais.marketplace.ProposalId;
import relais.shared.web.IdConverter;

/** Brief and proposal ids arrive typed in controllers; a malformed one answers as an unknown one. */
@Configuration(proxyBeanMethods = false)
class MarketplaceIdConverters {

    @Bean
    GenericConverter briefIdConverter() {
        return IdConverter.of(BriefId.class, "brief", BriefId::new);
    }

    @Bean
    GenericConverter proposalIdConverter() {
        return IdConverter.of(ProposalId.class, "proposal", ProposalId::new);
    }
}
