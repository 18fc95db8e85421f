package relais.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import relais.shared.InvalidValueException;

class PlatformIdentityTest {

    @Test
    void theDemoPlatformInApplicationYmlHasAValidSirenVatNumberAndIban() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties p = yaml.getObject();
        var platform = new PlatformIdentity(p.getProperty("relais.platform.name"), p.getProperty("relais.platform.siren"),
                p.getProperty("relais.platform.vat-number"), p.getProperty("relais.platform.address"),
                p.getProperty("relais.platform.iban"), p.getProperty("relais.platform.email"));
        assertThat(platform.vatNumber()).endsWith(platform.siren());
        assertThat(platform.party().siren()).isEqualTo(platform.siren());
    }

    @Test
    void aPlatformThatCouldNotInvoiceIsRefused() {
        assertThatThrownBy(() -> new PlatformIdentity("Relais", "123456789", "FR11123456782", "Paris",
                "FR7630006000011234567890189", null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PlatformIdentity("Relais", "123456782", "FR11123456782", "Paris",
                "FR7630006000011234567890188", null)).isInstanceOf(InvalidValueException.class);
    }
}
