package nl.wijkdeal.mail;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.wijkdeal.web.PublicUrl;

import java.time.Clock;

/**
 * One-click unsubscribe: the link in a mail's footer and its {@code List-Unsubscribe} header (RFC
 * 8058) carries the address hash signed together with the kind, so it works without a login or a
 * stored token, and keeps working after the mail itself has been forgotten. Opting out is stored
 * per address hash and kind; the outbox then skips mails of that kind to that address.
 */
@Singleton
class Unsubscribe {

    static final String PATH = "/afmelden/";

    private final MailKeys keys;
    private final MailStore store;
    private final PublicUrl publicUrl;
    private final Clock clock;

    Unsubscribe(MailKeys keys, MailStore store, PublicUrl publicUrl, Clock clock) {
        this.keys = keys;
        this.store = store;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    String link(String kind, String address) {
        return publicUrl.of(PATH + kind + "/" + keys.unsubscribeToken(kind, keys.addressHash(address)));
    }

    boolean genuine(String kind, String token) {
        return Mail.KIND.matcher(kind).matches() && keys.verify(kind, token).isPresent();
    }

    /** Idempotent: a second click changes nothing. @return false for a link we did not make */
    @Transactional
    boolean optOut(String kind, String token) {
        if (!Mail.KIND.matcher(kind).matches()) {
            return false;
        }
        return keys.verify(kind, token).map(hash -> {
            store.optOut(hash, kind, clock.instant());
            return true;
        }).orElse(false);
    }
}
