package relais.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import relais.account.AccountManagement;

/** Without RELAIS_ADMIN_*, the bootstrap stays silent: the demo data may still create the first accounts after it. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    @Test
    void anEmptyPlatformWithoutAdminSettingsIsNotDeclaredLockedBeforeTheDemoDataLoads(CapturedOutput output) {
        var accounts = mock(AccountManagement.class);
        when(accounts.noAccountYet()).thenReturn(true);

        new AdminBootstrap(accounts, new MockEnvironment()).run(new DefaultApplicationArguments());

        assertThat(output.getAll()).doesNotContain("nobody can log in");
    }
}
