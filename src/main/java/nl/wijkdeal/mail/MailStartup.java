package nl.wijkdeal.mail;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import nl.wijkdeal.database.StartupProblem;
import nl.wijkdeal.web.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the mail settings when the web service starts, so a mistake stops the start with one line
 * instead of surfacing at the first mail: delivery, the sender address, the secret. Says in the log
 * whether mail is sent or kept. Commands of the jar send no mail and skip this.
 */
@Singleton
class MailStartup {

    private static final Logger LOG = LoggerFactory.getLogger(MailStartup.class);

    private final SendMail sendMail;
    private final SmtpSettings smtp;
    private final PublicUrl publicUrl;
    private final Outbox outbox;

    MailStartup(SendMail sendMail, SmtpSettings smtp, PublicUrl publicUrl, Outbox outbox) {
        this.sendMail = sendMail;
        this.smtp = smtp;
        this.publicUrl = publicUrl;
        // Asked for so that the secret (MailKeys, behind the outbox) is checked now, not at the first mail.
        this.outbox = outbox;
    }

    @EventListener
    void onStart(ServerStartupEvent event) {
        DeliveryRules.Choice choice = sendMail.delivery();
        if (choice.isMistake()) {
            throw new StartupProblem(choice.reason() == DeliveryRules.Reason.SMTP_REQUESTED_WITHOUT_HOST
                    ? "WIJKDEAL_MAIL_DELIVERY=smtp needs WIJKDEAL_SMTP_HOST (and _PORT, _USER, _PASSWORD, _FROM)."
                    : "WIJKDEAL_MAIL_DELIVERY must be auto, smtp or keep.", null);
        }
        if (choice.delivery() == DeliveryRules.Delivery.KEEP) {
            LOG.info("Mail: kept, not sent ({}); staff see it at /beheer/berichten", choice.reason());
            return;
        }
        if (smtp.from() == null || smtp.from().isBlank()) {
            throw new StartupProblem("WIJKDEAL_SMTP_FROM is not set: mail needs a sender address, e.g."
                    + " \"Wijkdeal Groningen <wijkdeal@groningen.nl>\".", null);
        }
        if (!publicUrl.isConfigured()) {
            LOG.warn("WIJKDEAL_PUBLIC_URL is not set: links in mails point at {}", publicUrl.of("/"));
        }
        LOG.info("Mail: sent over SMTP via {}:{} ({})", smtp.host(), smtp.port(), choice.reason());
    }
}
