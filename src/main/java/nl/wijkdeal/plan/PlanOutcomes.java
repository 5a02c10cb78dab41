package nl.wijkdeal.plan;

import java.util.Optional;

/**
 * Whether a plan was chosen in its wijk's published result, for its page. The results feature
 * implements it, so plans need not know results (results already know plans).
 */
public interface PlanOutcomes {

    /** A published result's verdict on a plan, and the wijk whose result page says more. */
    record Outcome(boolean chosen, long roundId, String wijk) {
    }

    Optional<Outcome> published(long planId);
}
