package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import nl.wijkdeal.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The plan_comment rows. */
@Singleton
class CommentStore {

    private static final String SELECT = """
            SELECT id, plan_id, parent_id, shown_name, body, state, published_at, hidden_reason FROM plan_comment""";

    private final Sql sql;

    CommentStore(Sql sql) {
        this.sql = sql;
    }

    /** @return the new comment's id, or empty when this form made one already */
    Optional<Long> insert(long planId, Long parentId, long authorId, String shownName, String body, UUID formKey,
                          Instant now) {
        return sql.one("""
                INSERT INTO plan_comment (plan_id, parent_id, author_id, shown_name, body, form_key, submitted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (form_key) DO NOTHING RETURNING id""", rs -> rs.getLong(1),
                planId, parentId, authorId, shownName, body, formKey, now);
    }

    Optional<Long> byFormKey(UUID formKey) {
        return sql.one("SELECT id FROM plan_comment WHERE form_key = ?", rs -> rs.getLong(1), formKey);
    }

    Optional<Comment> find(long id) {
        return sql.one(SELECT + " WHERE id = ?", CommentStore::comment, id);
    }

    /** SUBMITTED -> PUBLISHED, once. */
    boolean publish(long id, Instant now) {
        return sql.update("UPDATE plan_comment SET state = 'PUBLISHED', published_at = ? WHERE id = ? AND state = 'SUBMITTED'",
                now, id) == 1;
    }

    /** The comments everyone sees (live or hidden with a reason), oldest first: the order they went live. */
    List<Comment> ofPlan(long planId) {
        return sql.list(SELECT + " WHERE plan_id = ? AND state <> 'SUBMITTED' ORDER BY published_at, id",
                CommentStore::comment, planId);
    }

    private static Comment comment(ResultSet rs) throws SQLException {
        Long parent = rs.getObject("parent_id", Long.class);
        return new Comment(rs.getLong("id"), rs.getLong("plan_id"), parent, rs.getString("shown_name"),
                rs.getString("body"), Comment.State.valueOf(rs.getString("state")), Sql.instant(rs, "published_at"),
                rs.getString("hidden_reason"));
    }
}
