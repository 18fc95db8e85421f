package relais.demo;

import org.springframework.stereotype.Component;
import relais.account.AccountManagement;

/** Whether any demo login exists in the database: their password is public, so everyone must be told. */
@Component
public class DemoAccounts {

    private final AccountManagement accounts;

    DemoAccounts(AccountManagement accounts) {
        this.accounts = accounts;
    }

    public boolean open() {
        return DemoLogins.ALL.stream().anyMatch(accounts::emailTaken);
    }
}
