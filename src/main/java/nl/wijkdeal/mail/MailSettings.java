package nl.wijkdeal.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How the outbox behaves (wijkdeal.mail.*, env WIJKDEAL_MAIL_...). See docs/operations.md, "Mail".
 *
 * @param delivery     auto (SMTP when a host is set and this is no demo, else kept), smtp or keep
 * @param maxAttempts  attempts before a mail is given up (it stays visible as failed)
 * @param firstRetry   wait after the first failure; it doubles with every further failure
 * @param longestRetry the longest wait between two attempts
 * @param retention    how long after sending the address, the bodies and the links are kept
 * @param batch        the most mails one run of the sender handles (the next run goes on)
 */
@ConfigurationProperties("wijkdeal.mail")
record MailSettings(
        @Nullable String delivery,
        @Bindable(defaultValue = "8") int maxAttempts,
        @Bindable(defaultValue = "1m") Duration firstRetry,
        @Bindable(defaultValue = "6h") Duration longestRetry,
        @Bindable(defaultValue = "30d") Duration retention,
        @Bindable(defaultValue = "200") int batch) {
}
