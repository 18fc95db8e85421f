package relais.guard.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Rebuilds the facts documents a transaction made stale as soon as it commits, so that the question a freelancer
 * asks right after a change (a mission ended, a referral confirmed) finds their document current instead of
 * paying for its rebuild. The triggers that bump a freelancer's generation also note the freelancer in a setting
 * local to the transaction (V69); just before the commit that note is read on the transaction's own connection,
 * and once committed the documents are rebuilt on a thread of their own (the committing thread still holds the
 * finished transaction's connection), the writer waiting for them at most {@code relais.guard.rebuild-wait}.
 * <p>
 * Only a shortcut, never needed for a right answer: staleness is decided by the generations on every question, so
 * a document this did not rebuild (a timeout, a change written outside a transaction, an epoch change, which may
 * concern anyone) is rebuilt by the next question, as before.
 */
@Component
class FactsRebuilds implements TransactionExecutionListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FactsRebuilds.class);

    /** More than this in one commit (a person named in many histories) are left to their next questions. */
    static final int MOST_PER_COMMIT = 20;

    private final JdbcClient jdbc;
    private final ObjectProvider<FactsLoader> loader; // the loader needs the transaction manager this listens to
    private final Duration wait;
    private final ThreadPoolExecutor rebuilders;
    private final Map<TransactionExecution, List<UUID>> noted = new ConcurrentHashMap<>();

    FactsRebuilds(JdbcClient jdbc, ObjectProvider<FactsLoader> loader,
            @Value("${relais.guard.rebuild-wait:PT1S}") Duration wait) {
        this.jdbc = jdbc;
        this.loader = loader;
        this.wait = wait;
        this.rebuilders = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64),
                Thread.ofPlatform().name("guard-facts-rebuild-", 1).daemon().factory());
    }

    @Override
    public void beforeCommit(TransactionExecution transaction) {
        if (transaction.isReadOnly() || FactsLoader.STORING.equals(transaction.getTransactionName())) {
            return;
        }
        try {
            String ids = jdbc.sql("select current_setting('relais.guard_bumped', true)").query(String.class).single();
            if (ids != null && !ids.isEmpty()) {
                noted.put(transaction, Arrays.stream(ids.split(",")).distinct().limit(MOST_PER_COMMIT)
                        .map(UUID::fromString).toList());
            }
        } catch (RuntimeException e) {
            // Never a reason to fail the commit: the next questions rebuild what this would have.
            log.debug("Could not read the freelancers whose facts changed", e);
        }
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable failure) {
        List<UUID> stale = noted.remove(transaction);
        if (stale == null || failure != null) {
            return;
        }
        try {
            rebuilders.submit(() -> stale.forEach(loader.getObject()::refresh)).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException | TimeoutException e) {
            log.debug("Facts of {} left to their next questions", stale, e);
        } catch (ExecutionException e) {
            log.warn("Could not rebuild the facts of {}; their next questions will", stale, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void afterRollback(TransactionExecution transaction, Throwable failure) {
        noted.remove(transaction);
    }

    @Override
    public void destroy() {
        rebuilders.shutdownNow();
    }
}
