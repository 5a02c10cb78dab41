package nl.wijkdeal.mail;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Where every feature puts its mail. {@link #enqueue} inserts into the outbox in the caller's
 * transaction, so a mail goes out if and only if the change it reports commits, and no mail server
 * slows down or breaks the resident's request: the {@link SendMail sender} sends it moments later.
 * Adding a mail is one template, its texts and one call:
 * <pre>{@code
 * @Transactional
 * void confirm(...) {
 *     ... the change ...
 *     outbox.enqueue(MailDraft.of("plan.confirm", email, language).with("confirmPath", path));
 * }
 * }</pre>
 * A mail of an unsubscribable kind to an address that opted out of that kind is not sent; it is
 * recorded as skipped, without the address or the body.
 */
@Singleton
public class Outbox {

    private final MailTemplates templates;
    private final MailStore store;
    private final MailKeys keys;
    private final Unsubscribe unsubscribe;
    private final Clock clock;

    Outbox(MailTemplates templates, MailStore store, MailKeys keys, Unsubscribe unsubscribe, Clock clock) {
        this.templates = templates;
        this.store = store;
        this.keys = keys;
        this.unsubscribe = unsubscribe;
        this.clock = clock;
    }

    /** Writes the draft from its templates and queues it. @return the id of the outbox row */
    @Transactional
    public long enqueue(MailDraft draft) {
        return enqueue(templates.compose(draft));
    }

    /** Queues a mail that is already written. @return the id of the outbox row */
    @Transactional
    public long enqueue(Mail mail) {
        byte[] hash = keys.addressHash(mail.to());
        boolean optedOut = mail.unsubscribable() && store.optedOut(hash, mail.kind());
        String unsubscribeUrl = mail.unsubscribable() ? unsubscribe.link(mail.kind(), mail.to()) : null;
        return store.insert(mail, hash, unsubscribeUrl, optedOut, clock.instant());
    }
}
