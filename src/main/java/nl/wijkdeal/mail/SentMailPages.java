package nl.wijkdeal.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkdeal.staff.AccessPolicy;
import nl.wijkdeal.staff.Authorize;
import nl.wijkdeal.staff.Staff;

import java.time.Instant;
import java.util.List;

/**
 * "Verzonden berichten": the outbox for the admin and the gebiedsteams, newest first. In demo mode
 * mail is kept here instead of sent, and a kept mail is shown in full with working links, so that a
 * demo can be followed without a mailbox. A mail that really went to someone is shown without its
 * body and with the address shortened: its links (edit a plan, confirm) are personal to the recipient.
 */
@Hidden
@Controller("/beheer")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class SentMailPages {

    static final int PAGE = 50;

    /** @param keeping whether mail is kept (demo) rather than sent right now */
    record ListPage(boolean keeping, List<Line> lines, Long olderThan) {
    }

    record Line(long id, Instant createdAt, String to, String kind, String subject, String status) {
    }

    /**
     * @param body the text, cut into plain parts and links; empty when not shown
     * @param bodyNote why there is no body: null when it is shown
     */
    record MessagePage(long id, String subject, String to, String kind, String language, String status, int attempts,
                       String lastError, Instant createdAt, Instant doneAt, Instant nextAttemptAt, boolean pending,
                       List<LinkedText.Part> body, String bodyNote, boolean hasHtml, String unsubscribeUrl) {
    }

    private final MailStore store;
    private final SendMail sendMail;

    SentMailPages(MailStore store, SendMail sendMail) {
        this.store = store;
        this.sendMail = sendMail;
    }

    @View("mail/sent")
    @Get("/berichten{?voor}")
    ListPage list(Staff staff, @Nullable Long voor) {
        Authorize.require(staff, AccessPolicy.Action.READ_SENT_MAIL, null);
        String[] areas = staff.isAdmin() ? null : staff.areas().toArray(String[]::new);
        List<MailStore.Stored> mails = store.newest(areas, voor == null ? Long.MAX_VALUE : voor, PAGE);
        List<Line> lines = mails.stream().map(m -> new Line(m.id(), m.createdAt(), shownAddress(m), m.kind(),
                m.subject(), status(m.status()))).toList();
        Long older = mails.size() == PAGE ? mails.get(mails.size() - 1).id() : null;
        return new ListPage(sendMail.delivery().delivery() == DeliveryRules.Delivery.KEEP, lines, older);
    }

    @View("mail/message")
    @Get("/berichten/{id}")
    MessagePage message(Staff staff, long id) {
        MailStore.Stored m = store.find(id).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such mail"));
        Authorize.require(staff, AccessPolicy.Action.READ_SENT_MAIL, m.areaCode());
        boolean shown = m.status() == MailStore.Status.KEPT && m.text() != null;
        String note = shown ? null
                : m.status() == MailStore.Status.SKIPPED ? "mail.message.body.skipped"
                : m.forgottenAt() != null ? "mail.message.body.forgotten"
                : "mail.message.body.personal";
        return new MessagePage(m.id(), m.subject(), shownAddress(m), m.kind(), "mail.language." + m.language().code(),
                status(m.status()), m.attempts(), m.lastError(), m.createdAt(), m.doneAt(), m.nextAttemptAt(),
                m.status() == MailStore.Status.PENDING, shown ? LinkedText.parts(m.text()) : List.of(), note,
                shown && m.hasHtml(), shown ? m.unsubscribeUrl() : null);
    }

    /** In full only for kept mail (a demo); a real recipient's address shortened to its first letter and domain. */
    private static String shownAddress(MailStore.Stored m) {
        if (m.to() == null) {
            return null;
        }
        if (m.status() == MailStore.Status.KEPT) {
            return m.to();
        }
        int at = m.to().indexOf('@');
        return m.to().charAt(0) + "…" + m.to().substring(at);
    }

    private static String status(MailStore.Status status) {
        return "mail.status." + status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
