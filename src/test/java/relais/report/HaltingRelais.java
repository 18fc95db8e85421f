package relais.report;

import org.springframework.boot.SpringApplication;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import relais.RelaisApplication;

/**
 * Relais for the crash test, run in a child JVM. With {@code relais.halt-after-report-opened=true} (a system
 * property) the JVM dies the moment a report's opening has committed, before any reaction to it has run: the
 * hardest way for an app to stop between a cause and its notification.
 */
public final class HaltingRelais {

    private HaltingRelais() {
    }

    public static void main(String[] args) {
        var app = new SpringApplication(RelaisApplication.class);
        if (Boolean.getBoolean("relais.halt-after-report-opened")) {
            app.addPrimarySources(java.util.List.of(Halter.class));
        }
        app.run(args);
    }

    /**
     * A plain listener, so that the publication registry keeps no publication for it: it hooks the transaction
     * itself, ahead of every reaction waiting for the commit.
     */
    static class Halter {

        @EventListener
        void haltOnceCommitted(ReportOpened opened) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

                @Override
                public int getOrder() {
                    return Ordered.HIGHEST_PRECEDENCE;
                }

                @Override
                public void afterCommit() {
                    System.out.println("HALTING after report " + opened.reportId() + " committed");
                    System.out.flush();
                    Runtime.getRuntime().halt(137);
                }
            });
        }
    }
}
