package relais.database;

/**
 * Start-up work that one node at a time must do, when several nodes start together on one database: look whether
 * something exists yet and create it (the first account, the demo story). The work runs in one transaction, and the
 * next node's work waits for its commit.
 */
@FunctionalInterface
public interface StartupLock {

    void whileHeld(Runnable work);
}
