package nl.wijkdeal.mail;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.wijkdeal.database.Sql;
import nl.wijkdeal.web.Language;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tables mail_outbox and mail_opt_out. Runs in the caller's transaction (see {@link Sql}). */
@Singleton
class MailStore {

    enum Status {
        PENDING, SENT, KEPT, FAILED, SKIPPED
    }

    /** A pending mail, locked for sending. */
    record Due(long id, String kind, Language language, String to, String subject, String text, @Nullable String html,
               @Nullable String unsubscribeUrl, int attempts, boolean optedOut) {
    }

    /** A mail as the staff pages show it; the personal fields are null once forgotten. */
    record Stored(long id, String kind, Language language, @Nullable String areaCode, @Nullable String to,
                  String subject, @Nullable String text, boolean hasHtml, @Nullable String unsubscribeUrl,
                  Status status, int attempts, @Nullable String lastError, Instant createdAt,
                  Instant nextAttemptAt, @Nullable Instant doneAt, @Nullable Instant forgottenAt) {
    }

    private final Sql sql;

    MailStore(Sql sql) {
        this.sql = sql;
    }

    long insert(Mail mail, byte[] recipientHash, @Nullable String unsubscribeUrl, boolean optedOut, Instant now) {
        if (optedOut) {
            // Nothing personal is kept of a mail that will never go out: only that it was skipped.
            return sql.one("""
                    INSERT INTO mail_outbox (kind, language, area_code, subject, unsubscribable, status,
                                             created_at, next_attempt_at, done_at, forgotten_at)
                    VALUES (?, ?, ?, ?, ?, 'SKIPPED', ?, ?, ?, ?) RETURNING id""", rs -> rs.getLong(1),
                    mail.kind(), mail.language().code(), mail.areaCode(), mail.subject(), mail.unsubscribable(),
                    now, now, now, now).orElseThrow();
        }
        return sql.one("""
                INSERT INTO mail_outbox (kind, language, area_code, recipient, recipient_hash, subject, body_text,
                                         body_html, unsubscribable, unsubscribe_url, created_at, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", rs -> rs.getLong(1),
                mail.kind(), mail.language().code(), mail.areaCode(), mail.to(), recipientHash, mail.subject(),
                mail.text(), mail.html(), mail.unsubscribable(), unsubscribeUrl, now, now).orElseThrow();
    }

    /**
     * The most overdue pending mail, locked until the caller's transaction ends. SKIP LOCKED: a
     * second sender (another instance, or a second thread) passes over it and takes the next one,
     * so no mail is sent twice and neither sender waits for the other.
     */
    Optional<Due> lockNextDue(Instant now) {
        return sql.one("""
                SELECT o.id, o.kind, o.language, o.recipient, o.subject, o.body_text, o.body_html, o.unsubscribe_url,
                       o.attempts,
                       o.unsubscribable AND EXISTS (SELECT 1 FROM mail_opt_out x
                                                    WHERE x.address_hash = o.recipient_hash AND x.kind = o.kind) AS opted_out
                FROM mail_outbox o
                WHERE o.status = 'PENDING' AND o.next_attempt_at <= ?
                ORDER BY o.next_attempt_at, o.id
                LIMIT 1
                FOR UPDATE OF o SKIP LOCKED""",
                rs -> new Due(rs.getLong("id"), rs.getString("kind"), language(rs), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"),
                        rs.getString("unsubscribe_url"), rs.getInt("attempts"), rs.getBoolean("opted_out")),
                now);
    }

    /** SENT or KEPT: done, the personal data stays until the retention period ends. */
    void finished(long id, Status status, int attempts, Instant now) {
        sql.update("UPDATE mail_outbox SET status = ?, attempts = ?, done_at = ? WHERE id = ?",
                status.name(), attempts, now, id);
    }

    void failedForGood(long id, int attempts, String error, Instant now) {
        sql.update("UPDATE mail_outbox SET status = 'FAILED', attempts = ?, last_error = ?, done_at = ? WHERE id = ?",
                attempts, error, now, id);
    }

    void retryAt(long id, int attempts, String error, Instant next) {
        sql.update("UPDATE mail_outbox SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?",
                attempts, error, next, id);
    }

    /** The recipient opted out after the mail was queued: skipped, and its personal data dropped now. */
    void skipped(long id, Instant now) {
        sql.update("""
                UPDATE mail_outbox SET status = 'SKIPPED', done_at = ?, forgotten_at = ?, recipient = NULL,
                       recipient_hash = NULL, body_text = NULL, body_html = NULL, unsubscribe_url = NULL
                WHERE id = ?""", now, now, id);
    }

    /** @return how many finished mails had their personal data removed */
    int forgetFinishedBefore(Instant before, Instant now) {
        return sql.update("""
                UPDATE mail_outbox SET forgotten_at = ?, recipient = NULL, recipient_hash = NULL,
                       body_text = NULL, body_html = NULL, unsubscribe_url = NULL
                WHERE forgotten_at IS NULL AND status <> 'PENDING' AND done_at < ?""", now, before);
    }

    boolean optedOut(byte[] addressHash, String kind) {
        return sql.one("SELECT 1 FROM mail_opt_out WHERE address_hash = ? AND kind = ?", rs -> true,
                addressHash, kind).isPresent();
    }

    void optOut(byte[] addressHash, String kind, Instant now) {
        sql.update("""
                INSERT INTO mail_opt_out (address_hash, kind, opted_out_at) VALUES (?, ?, ?)
                ON CONFLICT (address_hash, kind) DO NOTHING""", addressHash, kind, now);
    }

    /**
     * Newest first, below {@code beforeId}.
     *
     * @param areas null for every mail (admin); otherwise the mails of these gebieden and those of no gebied
     */
    List<Stored> newest(@Nullable String[] areas, long beforeId, int limit) {
        return sql.list("SELECT * FROM mail_outbox WHERE id < ? AND (?::text[] IS NULL OR area_code IS NULL"
                + " OR area_code = ANY(?::text[])) ORDER BY id DESC LIMIT ?", MailStore::stored,
                beforeId, areas, areas, limit);
    }

    Optional<Stored> find(long id) {
        return sql.one("SELECT * FROM mail_outbox WHERE id = ?", MailStore::stored, id);
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getString("kind"), language(rs), rs.getString("area_code"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("body_text"),
                rs.getString("body_html") != null, rs.getString("unsubscribe_url"),
                Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "next_attempt_at"), Sql.instant(rs, "done_at"),
                Sql.instant(rs, "forgotten_at"));
    }

    private static Language language(ResultSet rs) throws SQLException {
        return Language.fromCode(rs.getString("language")).orElse(Language.NL);
    }
}
