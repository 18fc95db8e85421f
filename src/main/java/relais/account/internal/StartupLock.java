package relais.account.internal;

/**
 * Start-up work that one node at a time must do, when several nodes start together on one database (look whether the
 * platform has an account yet, and create the first one).
 */
@FunctionalInterface
interface StartupLock {

    void whileHeld(Runnable work);
}
