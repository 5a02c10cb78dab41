package nl.wijkdeal.mail;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;

/**
 * Data minimisation (AVG/GDPR): once the retention period after sending has passed, a mail's
 * address, address hash, bodies and unsubscribe link are removed. What stays is that a mail of
 * this kind, with this subject, in this language, was sent (or kept, or failed) at that time: enough
 * for the staff page and for questions like "did the confirmation go out?", nothing personal.
 */
@Singleton
public class ForgetMail {

    private static final Logger LOG = LoggerFactory.getLogger(ForgetMail.class);

    private final MailStore store;
    private final MailSettings settings;
    private final Clock clock;

    ForgetMail(MailStore store, MailSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    public int forget() {
        return forget(clock.instant());
    }

    /** One statement, so safe when several instances run it at once. @return mails forgotten */
    int forget(Instant now) {
        int forgotten = store.forgetFinishedBefore(now.minus(settings.retention()), now);
        if (forgotten > 0) {
            LOG.info("{} mail(s) past the retention period of {}: addresses and bodies removed", forgotten,
                    settings.retention());
        }
        return forgotten;
    }
}
