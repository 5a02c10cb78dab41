package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import nl.wijkdeal.database.Sql;
import nl.wijkdeal.kernel.Money;

import java.util.List;

/**
 * The plans on the ballot of one wijk: those that went on it when voting opened ("op het
 * stembiljet" on their timeline) and are not hidden, with the gemeente's own cost estimate, which is
 * what the budget counts.
 */
@Singleton
public class BallotPlans {

    /** One plan as the ballot shows it. */
    public record OnBallot(long id, String title, String summary, Money cost, boolean hasPhoto) {
    }

    private final Sql sql;

    BallotPlans(Sql sql) {
        this.sql = sql;
    }

    /** In id order; the ballot page shuffles them per voter. */
    public List<OnBallot> of(long roundId, String wijk) {
        return sql.list("""
                SELECT p.id, p.title, p.summary, r.final_cost_cents,
                       EXISTS (SELECT 1 FROM plan_photo f WHERE f.plan_id = p.id) AS has_photo
                FROM plan p JOIN plan_review r ON r.plan_id = p.id
                WHERE p.round_id = ? AND p.neighbourhood_code = ? AND p.state = 'PUBLISHED' AND p.hidden_reason IS NULL
                  AND EXISTS (SELECT 1 FROM plan_event e WHERE e.plan_id = p.id AND e.kind = 'ON_BALLOT')
                ORDER BY p.id""",
                rs -> new OnBallot(rs.getLong("id"), rs.getString("title"), rs.getString("summary"),
                        new Money(rs.getLong("final_cost_cents")), rs.getBoolean("has_photo")), roundId, wijk);
    }
}
