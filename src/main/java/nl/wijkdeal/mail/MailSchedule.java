package nl.wijkdeal.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Sends due mail every few seconds ({@code wijkdeal.mail.interval}, default 10s) and forgets old
 * mail every hour, on every instance: SKIP LOCKED and single-statement updates make that safe.
 * Off with wijkdeal.scheduler.enabled=false (the commands of the jar, and specs that send by hand).
 */
@Singleton
@Requires(property = "wijkdeal.scheduler.enabled", notEquals = "false")
class MailSchedule {

    private final SendMail sendMail;
    private final ForgetMail forgetMail;

    MailSchedule(SendMail sendMail, ForgetMail forgetMail) {
        this.sendMail = sendMail;
        this.forgetMail = forgetMail;
    }

    @Scheduled(fixedDelay = "${wijkdeal.mail.interval:10s}", initialDelay = "5s")
    void send() {
        sendMail.flush();
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void forget() {
        forgetMail.forget();
    }
}
