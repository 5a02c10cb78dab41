package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import nl.wijkdeal.database.Sql;
import nl.wijkdeal.kernel.Money;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The plan_review rows: decisions, draft until published. */
@Singleton
class ReviewStore {

    /** @param publishedAt null while it is a draft */
    record Review(long planId, PlanReviewRules.Decision decision, String decidedBy, Instant decidedAt, Instant publishedAt) {
        boolean published() {
            return publishedAt != null;
        }
    }

    private static final String SELECT = """
            SELECT r.plan_id, r.feasible, r.reason, r.final_cost_cents, r.shortlisted, r.decided_by, r.decided_at, r.published_at
            FROM plan_review r""";

    private final Sql sql;

    ReviewStore(Sql sql) {
        this.sql = sql;
    }

    /** Saves a decision as a draft: a changed decision has to be published again. */
    void save(long planId, PlanReviewRules.Decision decision, String decidedBy, Instant at) {
        sql.update("""
                INSERT INTO plan_review (plan_id, feasible, reason, final_cost_cents, shortlisted, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (plan_id) DO UPDATE SET feasible = excluded.feasible, reason = excluded.reason,
                    final_cost_cents = excluded.final_cost_cents, shortlisted = excluded.shortlisted,
                    decided_by = excluded.decided_by, decided_at = excluded.decided_at, published_at = NULL""",
                planId, decision.feasible(), decision.reason(), decision.finalCost().cents(), decision.shortlisted(),
                decidedBy, at);
    }

    Map<Long, Review> ofRound(long roundId) {
        return sql.list(SELECT + " JOIN plan p ON p.id = r.plan_id WHERE p.round_id = ?", ReviewStore::review, roundId)
                .stream().collect(Collectors.toMap(Review::planId, r -> r));
    }

    Optional<Review> published(long planId) {
        return sql.one(SELECT + " WHERE r.plan_id = ? AND r.published_at IS NOT NULL", ReviewStore::review, planId);
    }

    /** Publishes every draft of the round at once. @return the plans whose decision became public */
    List<Long> publishDrafts(long roundId, Instant at) {
        return sql.list("""
                UPDATE plan_review r SET published_at = ? FROM plan p
                WHERE p.id = r.plan_id AND p.round_id = ? AND r.published_at IS NULL
                RETURNING r.plan_id""", rs -> rs.getLong(1), at, roundId);
    }

    private static Review review(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Review(rs.getLong("plan_id"), new PlanReviewRules.Decision(rs.getBoolean("feasible"), rs.getString("reason"),
                new Money(rs.getLong("final_cost_cents")), rs.getBoolean("shortlisted")),
                rs.getString("decided_by"), Sql.instant(rs, "decided_at"), Sql.instant(rs, "published_at"));
    }
}
