package relais.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import relais.RelaisApplication;
import relais.support.IntegrationTest;

/** Once started, Relais says where to open it; it warns that nobody can log in only when that is true at that moment. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ReadyAnnouncementTests {

    @Autowired
    ReadyAnnouncement announcement;

    @Autowired
    ConfigurableApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void theReadyLineNamesTheRealAddressAndNoWarningContradictsIt(CapturedOutput output) {
        announcement.ready(new ApplicationReadyEvent(new SpringApplication(RelaisApplication.class), new String[0], context,
                Duration.ZERO));

        assertThat(output.getOut()).contains("Relais is ready on http://localhost:" + port);
        assertThat(output.getAll()).doesNotContain("nobody can log in");
    }
}
