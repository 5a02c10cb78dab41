package nl.wijkdeal.tally;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Why one plan was or was not selected, in structured form so that any page can render it in its own
 * language; {@link #dutch()} gives the Dutch (B1) sentence.
 *
 * @param projectId      the plan
 * @param reason         why
 * @param round          the selection round (1-based) for selected plans, else 0
 * @param place          the plan's place when all plans are ordered by score (1 = highest)
 * @param score          its score (votes or points, recounted from the ballots)
 * @param unit           what the score counts
 * @param amount         money that was left ({@link Reason#DOES_NOT_FIT}, {@link Reason#SUPPORTERS_SHORT}),
 *                       rounded down to cents; else zero
 * @param needed         the plan's cost
 * @param limit          the threshold ({@link Reason#BELOW_THRESHOLD}) or N ({@link Reason#NOT_IN_TOP_N}); else 0
 * @param otherProjectId for {@link Reason#STOPPED_BEFORE_ITS_TURN}: the plan at which the count stopped; else ""
 */
public record Explanation(String projectId, Reason reason, int round, int place, long score, ScoreUnit unit,
                          BigDecimal amount, BigDecimal needed, long limit, String otherProjectId) {

    public Explanation {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(needed, "needed");
        Objects.requireNonNull(otherProjectId, "otherProjectId");
    }

    public boolean selected() {
        return reason == Reason.SELECTED || reason == Reason.SELECTED_FREE || reason == Reason.SELECTED_BY_FILL;
    }

    /** The explanation as one Dutch sentence at B1 level, e.g. "gekozen in ronde 3". */
    public String dutch() {
        return DutchText.of(this);
    }
}
