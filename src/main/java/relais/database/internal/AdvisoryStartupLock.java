package relais.database.internal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import relais.database.StartupLock;

/** A PostgreSQL advisory lock held for one transaction: the work of another node waits for this one's commit. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AdvisoryStartupLock implements StartupLock {

    /** Any fixed number no other advisory lock of Relais uses ("RelaisAd"). */
    private static final long KEY = 0x52656c616973_4164L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    @Override
    public void whileHeld(Runnable work) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", KEY).query((rs, n) -> 1).list();
            work.run();
        });
    }
}
