package nl.wijkdeal.mail;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.wijkdeal.demo.DemoMode;
import nl.wijkdeal.mail.DeliveryRules.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends the due mail of the outbox: over SMTP, or in demo mode (or without a mail server) keeps it
 * for the staff page instead. Each mail in a transaction of its own, locked with SKIP LOCKED while it
 * is sent, so several instances (or threads) share the work without sending a mail twice; the lock
 * is held during the SMTP exchange, which the SMTP timeout bounds. At least once: if the process
 * dies after the server took a mail but before the commit, that mail goes out again.
 *
 * <p>The scheduler calls {@link #sendDue} every few seconds; tests call {@link #flush}.
 */
@Singleton
public class SendMail {

    private static final Logger LOG = LoggerFactory.getLogger(SendMail.class);

    /** What one step did; a lost connection ends the run (the server is probably down). */
    private enum Step { NOTHING_DUE, DONE, FAILED, CONNECTION_LOST }

    private final MailStore store;
    private final SmtpPostman postman;
    private final MailSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final DeliveryRules.Choice delivery;

    SendMail(MailStore store, SmtpPostman postman, MailSettings settings, SmtpSettings smtp, DemoMode demo,
             TransactionOperations<Connection> transactions, Clock clock) {
        this.store = store;
        this.postman = postman;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
        this.delivery = DeliveryRules.choose(settings.delivery(), demo.on(), smtp.hasHost());
    }

    DeliveryRules.Choice delivery() {
        return delivery;
    }

    /** Sends (or keeps) everything due now, in this thread. @return how many mails were handled */
    public int flush() {
        return sendDue(clock.instant());
    }

    /** @return how many mails this run handled (sent, kept, skipped or failed), at most the batch size */
    int sendDue(Instant now) {
        if (delivery.isMistake()) {
            throw new IllegalStateException("mail delivery is misconfigured: " + delivery.reason());
        }
        int handled = 0;
        try (SmtpPostman.Connection connection = postman.open()) {
            while (handled < settings.batch()) {
                Step step = transactions.executeWrite(status -> sendOne(connection, now));
                if (step == Step.NOTHING_DUE) {
                    break;
                }
                handled++;
                if (step == Step.CONNECTION_LOST) {
                    break;
                }
            }
        }
        return handled;
    }

    private Step sendOne(SmtpPostman.Connection connection, Instant now) {
        Optional<MailStore.Due> next = store.lockNextDue(now);
        if (next.isEmpty()) {
            return Step.NOTHING_DUE;
        }
        MailStore.Due mail = next.get();
        if (mail.optedOut()) {
            store.skipped(mail.id(), now);
            return Step.DONE;
        }
        if (delivery.delivery() == Delivery.KEEP) {
            store.finished(mail.id(), MailStore.Status.KEPT, mail.attempts(), now);
            return Step.DONE;
        }
        int attempt = mail.attempts() + 1;
        try {
            connection.send(mail, now);
            store.finished(mail.id(), MailStore.Status.SENT, attempt, now);
            return Step.DONE;
        } catch (SmtpPostman.Failure failure) {
            var decision = RetryRules.afterFailure(attempt, failure.permanent, settings.maxAttempts(),
                    settings.firstRetry(), settings.longestRetry());
            // The id and the kind only: never the address or the body.
            if (decision.givesUp()) {
                store.failedForGood(mail.id(), attempt, failure.getMessage(), now);
                LOG.warn("Mail {} ({}) given up after attempt {}: {} ({})", mail.id(), mail.kind(), attempt,
                        failure.getMessage(), decision.reason());
            } else {
                store.retryAt(mail.id(), attempt, failure.getMessage(), now.plus(decision.delay()));
                LOG.warn("Mail {} ({}) not sent, attempt {} of {}: {}; next try in {}", mail.id(), mail.kind(), attempt,
                        settings.maxAttempts(), failure.getMessage(), decision.delay());
            }
            return failure.connectionLost ? Step.CONNECTION_LOST : Step.FAILED;
        }
    }
}
