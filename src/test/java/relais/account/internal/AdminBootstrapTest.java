package relais.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import relais.account.AccountManagement;
import relais.account.NewLogin;
import relais.database.StartupLock;

/** Without RELAIS_ADMIN_*, the bootstrap stays silent: the demo data may still create the first accounts after it. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    @Test
    void anEmptyPlatformWithoutAdminSettingsIsNotDeclaredLockedBeforeTheDemoDataLoads(CapturedOutput output) {
        var accounts = mock(AccountManagement.class);
        when(accounts.noAccountYet()).thenReturn(true);

        new AdminBootstrap(accounts, new MockEnvironment(), Runnable::run).run(new DefaultApplicationArguments());

        assertThat(output.getAll()).doesNotContain("nobody can log in");
    }

    /** A fixed English name showed on every French page; the address reads the same in both languages. */
    @ParameterizedTest
    @CsvSource(nullValues = "NONE", textBlock = """
            NONE, boss@example.org
            '   ', boss@example.org
            ' Camille Martin ', Camille Martin
            """)
    void theFirstManagerIsNamedByRelaisAdminNameElseByTheirAddress(String name, String expected) {
        var accounts = mock(AccountManagement.class);
        when(accounts.noAccountYet()).thenReturn(true);
        var environment = new MockEnvironment().withProperty("RELAIS_ADMIN_EMAIL", "boss@example.org")
                .withProperty("RELAIS_ADMIN_PASSWORD", "a-long-and-unusual-passphrase");
        if (name != null) {
            environment.setProperty("RELAIS_ADMIN_NAME", name);
        }

        new AdminBootstrap(accounts, environment, Runnable::run).run(new DefaultApplicationArguments());

        var login = ArgumentCaptor.forClass(NewLogin.class);
        verify(accounts).createLogin(login.capture());
        assertThat(login.getValue().displayName()).isEqualTo(expected);
    }

    /** Two nodes starting together on a new database: the second looks only after the first created the account. */
    @Test
    void theLookForAnAccountAndTheCreationHappenWhileTheStartupLockIsHeld() {
        var accounts = mock(AccountManagement.class);
        var held = new java.util.concurrent.atomic.AtomicBoolean();
        when(accounts.noAccountYet()).thenAnswer(call -> {
            assertThat(held).as("looked without the lock").isTrue();
            return true;
        });
        when(accounts.createLogin(org.mockito.ArgumentMatchers.any())).thenAnswer(call -> {
            assertThat(held).as("created without the lock").isTrue();
            return null;
        });
        StartupLock lock = work -> {
            held.set(true);
            work.run();
            held.set(false);
        };
        var environment = new MockEnvironment().withProperty("RELAIS_ADMIN_EMAIL", "boss@example.org")
                .withProperty("RELAIS_ADMIN_PASSWORD", "a-long-and-unusual-passphrase");

        new AdminBootstrap(accounts, environment, lock).run(new DefaultApplicationArguments());

        verify(accounts).createLogin(org.mockito.ArgumentMatchers.any());
    }
}
