package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import nl.wijkdeal.database.Sql;

import nl.wijkdeal.kernel.SecretToken;

import java.time.Instant;
import java.util.Optional;

/**
 * The personal links in mails (confirm a plan, a support or a comment, edit a plan). The token is 256
 * random bits in the link; the database keeps only its SHA-256, so a copy of the database opens
 * nothing. A confirmation is used once (compare-and-set); an edit link works until it expires.
 */
@Singleton
class EmailLinks {

    enum Purpose { CONFIRM_PLAN, CONFIRM_SUPPORT, EDIT_PLAN, CONFIRM_COMMENT, INVITE_COAUTHOR, CONFIRM_COAUTHOR }

    /**
     * @param commentId the comment a CONFIRM_COMMENT link confirms; 0 for the other purposes
     * @param shownName the name a CONFIRM_COAUTHOR link's co-author chose to show (null: anonymous)
     */
    record Link(Purpose purpose, long planId, long participantId, Instant expiresAt, Instant usedAt, long commentId,
                String shownName) {
    }

    private final Sql sql;

    EmailLinks(Sql sql) {
        this.sql = sql;
    }

    /** @return the token for the link (URL-safe, 43 characters) */
    String create(Purpose purpose, long planId, long participantId, Instant expiresAt) {
        String token = SecretToken.create();
        sql.update("INSERT INTO email_link (token_hash, purpose, plan_id, participant_id, expires_at) VALUES (?, ?, ?, ?, ?)",
                SecretToken.digest(token), purpose.name(), planId, participantId, expiresAt);
        return token;
    }

    /** @return the token of the link that puts this comment online */
    String createForComment(long planId, long commentId, long participantId, Instant expiresAt) {
        String token = SecretToken.create();
        sql.update("INSERT INTO email_link (token_hash, purpose, plan_id, participant_id, expires_at, comment_id) VALUES (?, ?, ?, ?, ?, ?)",
                SecretToken.digest(token), Purpose.CONFIRM_COMMENT.name(), planId, participantId, expiresAt, commentId);
        return token;
    }

    /** @return the token of the link that makes this participant a co-author */
    String createForCoAuthor(long planId, long participantId, String shownName, Instant expiresAt) {
        String token = SecretToken.create();
        sql.update("INSERT INTO email_link (token_hash, purpose, plan_id, participant_id, expires_at, shown_name) VALUES (?, ?, ?, ?, ?, ?)",
                SecretToken.digest(token), Purpose.CONFIRM_COAUTHOR.name(), planId, participantId, expiresAt, shownName);
        return token;
    }

    Optional<Link> find(String token) {
        if (!SecretToken.looksValid(token)) {
            return Optional.empty();
        }
        return sql.one("""
                SELECT purpose, plan_id, participant_id, expires_at, used_at, comment_id, shown_name
                FROM email_link WHERE token_hash = ?""",
                rs -> new Link(Purpose.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                        Sql.instant(rs, "expires_at"), Sql.instant(rs, "used_at"), rs.getLong(6), rs.getString(7)),
                SecretToken.digest(token));
    }

    /** Marks a confirmation used. @return false when it was used already (or raced) or expired */
    boolean use(String token, Instant now) {
        return sql.update("UPDATE email_link SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
                now, SecretToken.digest(token), now) == 1;
    }
}
