package relais.database;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Makes a transaction that told the nodes to forget something (a trigger of the feed noted it, V74) answer only once
 * every node has heard it: the note is read just before the commit, on the transaction's own connection, and the
 * wait happens once committed. So a change made through Relais holds at once on every node, whichever code wrote it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before the listeners that act on the change once committed
class NodeChangesAtCommit implements TransactionExecutionListener {

    private final JdbcClient jdbc;
    private final NodeLease nodes;
    private final Map<TransactionExecution, Boolean> told = new ConcurrentHashMap<>();

    NodeChangesAtCommit(JdbcClient jdbc, NodeLease nodes) {
        this.jdbc = jdbc;
        this.nodes = nodes;
    }

    @Override
    public void beforeCommit(TransactionExecution transaction) {
        if (!transaction.isReadOnly()
                && "yes".equals(jdbc.sql("select coalesce(current_setting('relais.nodes_told', true), '')").query(String.class).single())) {
            told.put(transaction, Boolean.TRUE);
        }
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable failure) {
        if (told.remove(transaction) != null && failure == null) {
            nodes.awaitNow();
        }
    }

    @Override
    public void afterRollback(TransactionExecution transaction, Throwable failure) {
        told.remove(transaction);
    }
}
